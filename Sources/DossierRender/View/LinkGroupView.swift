import DossierMustache

struct LinkGroupView: Sendable {
    var title: String
    var items: [ItemReferenceView]
}

extension LinkGroupView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "title": TemplateValue(self.title)
        case "items": TemplateValue(self.items)
        default: .null
        }
    }
}
