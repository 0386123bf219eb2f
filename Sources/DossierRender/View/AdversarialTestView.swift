import DossierMustache

/// One adversarial test that reached a threat, and how: by naming it, or
/// through one of its security requirements.
struct AdversarialTestView: Sendable {
    var id: String
    var href: String
    /// "penetration", "fuzz", …
    var kind: String
    var result: String
    var resultClass: String
    /// The security requirement it verifies, when it does not name the threat.
    var through: ItemReferenceView?
}

extension AdversarialTestView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
