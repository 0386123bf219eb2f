import DossierMustache

public struct ApprovalView: Sendable {
    public var role: String
    public var name: String
    public var date: String
}

extension ApprovalView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "role": TemplateValue(self.role)
        case "name": TemplateValue(self.name)
        case "date": TemplateValue(self.date)
        default: .null
        }
    }
}
