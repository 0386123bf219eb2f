import DossierMustache

/// One threat in the risk assessment: its risk before and after, the
/// treatment and its rationale, and whether the residual risk is acceptable.
struct RiskRowView: Sendable {
    var threat: ItemReferenceView
    /// The level, or "—" when not scored.
    var risk: String
    var residualRisk: String
    /// The failed verifications that contradict an acceptable residual
    /// risk, shown beside it (`residual-risk-contradicted`).
    var failedVerifications: [ItemReferenceView]
    var treatment: String
    var rationale: String?
    /// `RiskStanding.name`, for the badge: "acceptable", "contradicted", …
    var acceptability: String
    var acceptabilityText: String
}

extension RiskRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(self.threat)
        case "risk": TemplateValue(self.risk)
        case "residualRisk": TemplateValue(self.residualRisk)
        case "failedVerifications": TemplateValue(self.failedVerifications)
        case "treatment": TemplateValue(self.treatment)
        case "rationale": TemplateValue(self.rationale)
        case "acceptability": TemplateValue(self.acceptability)
        case "acceptabilityText": TemplateValue(self.acceptabilityText)
        default: .null
        }
    }
}
