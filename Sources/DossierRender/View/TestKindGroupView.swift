import DossierMustache

/// The verifications of one kind: requirement tests, penetration tests, …
struct TestKindGroupView: Sendable {
    var name: String
    var title: String
    var isAdversarial: Bool
    var verifications: [TestedVerificationView]
}

extension TestKindGroupView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
struct TestedVerificationView: Sendable {
    var verification: ItemReferenceView
    var method: String
    var result: String
    var resultClass: String
    var verifies: [ItemReferenceView]
    var attacks: [ReachedThreatView]
}

/// A threat a verification reached: by naming it, or through a security
/// requirement it verifies.
struct ReachedThreatView: Sendable {
    var threat: ItemReferenceView
    var through: ItemReferenceView?
}

extension ReachedThreatView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(threat)
        case "through": TemplateValue(through)
        default: .null
        }
    }
}

extension TestedVerificationView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
