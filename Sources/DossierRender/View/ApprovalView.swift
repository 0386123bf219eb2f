import DossierMustache

struct ApprovalView: Sendable {
    var role: String
    var name: String
    var date: String
}

extension ApprovalView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "role": TemplateValue(self.role)
        case "name": TemplateValue(self.name)
        case "date": TemplateValue(self.date)
        default: .null
        }
    }
}
