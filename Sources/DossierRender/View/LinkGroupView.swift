import DossierMustache

public struct LinkGroupView: Sendable {
    public var title: String
    public var items: [ItemReferenceView]
}

extension LinkGroupView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": TemplateValue(self.title)
        case "items": TemplateValue(self.items)
        default: .null
        }
    }
}
