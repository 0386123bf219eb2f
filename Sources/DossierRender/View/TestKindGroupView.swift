import DossierMustache

/// The verifications of one kind: requirement tests, penetration tests, …
public struct TestKindGroupView: Sendable {
    public var name: String
    public var title: String
    public var isAdversarial: Bool
    public var verifications: [TestedVerificationView]
}

extension TestKindGroupView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "isAdversarial": TemplateValue(self.isAdversarial)
        case "verifications": TemplateValue(self.verifications)
        default: .null
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

extension ReachedThreatView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(threat)
        case "through": TemplateValue(through)
        default: .null
        }
    }
}

extension TestedVerificationView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "verification": TemplateValue(self.verification)
        case "method": TemplateValue(self.method)
        case "result": TemplateValue(self.result)
        case "resultClass": TemplateValue(self.resultClass)
        case "verifies": TemplateValue(self.verifies)
        case "attacks": TemplateValue(self.attacks)
        default: .null
        }
    }
}
