import Mustache

public struct ItemGroupView: Sendable {
    public var type: String
    public var title: String
    public var anchor: String
    public var count: Int
    /// Narrative sections: the single-file outputs print them once, as the
    /// scope chapter, not again among the design inputs.
    public var isNarrative: Bool
    public var items: [ItemSectionView]
    public var references: [ItemReferenceView]
}

extension ItemGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "type": self.type
        case "title": self.title
        case "anchor": self.anchor
        case "count": self.count
        case "isNarrative": self.isNarrative
        case "items": self.items
        case "references": self.references
        default: nil
        }
    }
}
