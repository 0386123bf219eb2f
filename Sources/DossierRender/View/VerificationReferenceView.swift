import DossierMustache

struct VerificationReferenceView: Sendable {
    var id: String
    var href: String
    var method: String
    var result: String
    var resultClass: String
}

extension VerificationReferenceView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "id": TemplateValue(self.id)
        case "href": TemplateValue(self.href)
        case "method": TemplateValue(self.method)
        case "result": TemplateValue(self.result)
        case "resultClass": TemplateValue(self.resultClass)
        default: .null
        }
    }
}
