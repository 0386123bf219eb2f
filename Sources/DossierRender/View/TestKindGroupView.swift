import Mustache

/// The verifications of one kind: requirement tests, penetration tests, …
public struct TestKindGroupView: Sendable {
    public var name: String
    public var title: String
    public var isAdversarial: Bool
    public var verifications: [TestedVerificationView]
}

extension TestKindGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "isAdversarial": self.isAdversarial
        case "verifications": self.verifications
        default: nil
        }
    }
}

/// One verification with its result and what it verifies or attacks.
public struct TestedVerificationView: Sendable {
    public var verification: ItemReferenceView
    public var method: String
    public var result: String
    public var resultClass: String
    public var verifies: [ItemReferenceView]
    public var attacks: [ReachedThreatView]
}

/// A threat a verification reached: by naming it, or through a security
/// requirement it verifies.
public struct ReachedThreatView: Sendable {
    public var threat: ItemReferenceView
    public var through: ItemReferenceView?
}

extension ReachedThreatView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "threat": threat
        case "through": through
        default: nil
        }
    }
}

extension TestedVerificationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "verification": self.verification
        case "method": self.method
        case "result": self.result
        case "resultClass": self.resultClass
        case "verifies": self.verifies
        case "attacks": self.attacks
        default: nil
        }
    }
}
