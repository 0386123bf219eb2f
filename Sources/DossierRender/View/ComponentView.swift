import DossierMustache

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

extension ComponentView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "item": TemplateValue(self.item)
        case "support": TemplateValue(self.support)
        case "endOfSupport": TemplateValue(self.endOfSupport)
        case "isPastEndOfSupport": TemplateValue(self.isPastEndOfSupport)
        case "supplier": TemplateValue(self.supplier)
        case "hasSupplier": TemplateValue(self.hasSupplier)
        case "rationale": TemplateValue(self.rationale)
        case "sbomComponents": TemplateValue(self.sbomComponents)
        case "hasSBOMComponents": TemplateValue(self.hasSBOMComponents)
        case "statedIn": TemplateValue(self.statedIn)
        case "hasStatedIn": TemplateValue(self.hasStatedIn)
        case "isUnstated": TemplateValue(self.isUnstated)
        default: .null
        }
    }
}
