import DossierMustache

struct ItemGroupView: Sendable {
    var type: String
    var title: String
    var anchor: String
    var count: Int
    /// Narrative sections: the single-file outputs print them once, as the
    /// scope chapter, not again among the design inputs.
    var isNarrative: Bool
    var items: [ItemSectionView]
    var references: [ItemReferenceView]
}

extension ItemGroupView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
