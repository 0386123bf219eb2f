import DossierMustache

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

extension ItemGroupView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "type": TemplateValue(self.type)
        case "title": TemplateValue(self.title)
        case "anchor": TemplateValue(self.anchor)
        case "count": TemplateValue(self.count)
        case "isNarrative": TemplateValue(self.isNarrative)
        case "items": TemplateValue(self.items)
        case "references": TemplateValue(self.references)
        default: .null
        }
    }
}
