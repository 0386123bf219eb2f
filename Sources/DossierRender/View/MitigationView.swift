import DossierMustache

struct MitigationView: Sendable {
    var requirement: ItemReferenceView
    var category: String
    var verifications: [VerificationReferenceView]
    var isUnverified: Bool
    /// How a verifier decides pass or fail (FDA guidance §V.B.1).
    var acceptanceCriteria: String?
}

extension MitigationView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
