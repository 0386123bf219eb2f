import DossierMustache

public struct VerificationReferenceView: Sendable {
    public var id: String
    public var href: String
    public var method: String
    public var result: String
    public var resultClass: String
}

extension VerificationReferenceView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
