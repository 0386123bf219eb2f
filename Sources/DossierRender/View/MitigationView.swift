import DossierMustache

public struct MitigationView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var verifications: [VerificationReferenceView]
    public var isUnverified: Bool
    /// How a verifier decides pass or fail (FDA guidance §V.B.1).
    public var acceptanceCriteria: String?
}

extension MitigationView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "requirement": TemplateValue(self.requirement)
        case "category": TemplateValue(self.category)
        case "verifications": TemplateValue(self.verifications)
        case "isUnverified": TemplateValue(self.isUnverified)
        case "acceptanceCriteria": TemplateValue(self.acceptanceCriteria)
        default: .null
        }
    }
}
