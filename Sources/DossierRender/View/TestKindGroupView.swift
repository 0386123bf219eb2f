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
    public var attacks: [ItemReferenceView]
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
