import Mustache

/// One `component` item in the chapter.
struct ComponentView: Sendable {
    var item: ItemReferenceView
    var support: String
    var endOfSupport: String
    /// On or before the document date: highlighted.
    var isPastEndOfSupport: Bool
    var supplier: String
    /// A supplier is one of the NTIA minimum elements: a missing one is
    /// said, not left as an empty cell.
    var hasSupplier: Bool { !supplier.isEmpty }
    var rationale: String
    var sbomComponents: [SBOMComponentView]
    var hasSBOMComponents: Bool
    /// The labeling items that name it in `components`.
    var statedIn: [ItemReferenceView]
    var hasStatedIn: Bool
    /// Required software that no labeling item names: `required-software-not-in-labeling`.
    var isUnstated: Bool
}

extension ComponentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "item": self.item
        case "support": self.support
        case "endOfSupport": self.endOfSupport
        case "isPastEndOfSupport": self.isPastEndOfSupport
        case "supplier": self.supplier
        case "hasSupplier": self.hasSupplier
        case "rationale": self.rationale
        case "sbomComponents": self.sbomComponents
        case "hasSBOMComponents": self.hasSBOMComponents
        case "statedIn": self.statedIn
        case "hasStatedIn": self.hasStatedIn
        case "isUnstated": self.isUnstated
        default: nil
        }
    }
}
