import Mustache

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

extension AdversarialTestView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "href": self.href
        case "kind": self.kind
        case "result": self.result
        case "resultClass": self.resultClass
        case "through": self.through
        default: nil
        }
    }
}
