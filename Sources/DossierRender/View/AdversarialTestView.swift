import DossierMustache

/// One adversarial test that reached a threat, and how: by naming it, or
/// through one of its security requirements.
public struct AdversarialTestView: Sendable {
    public var id: String
    public var href: String
    /// "penetration", "fuzz", …
    public var kind: String
    public var result: String
    public var resultClass: String
    /// The security requirement it verifies, when it does not name the threat.
    public var through: ItemReferenceView?
}

extension AdversarialTestView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "id": TemplateValue(self.id)
        case "href": TemplateValue(self.href)
        case "kind": TemplateValue(self.kind)
        case "result": TemplateValue(self.result)
        case "resultClass": TemplateValue(self.resultClass)
        case "through": TemplateValue(self.through)
        default: .null
        }
    }
}
