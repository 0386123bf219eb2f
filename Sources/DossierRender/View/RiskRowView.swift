import DossierMustache

/// One threat in the risk assessment: its risk before and after, the
/// treatment and its rationale, and whether the residual risk is acceptable.
public struct RiskRowView: Sendable {
    public var threat: ItemReferenceView
    /// The level, or "—" when not scored.
    public var risk: String
    public var residualRisk: String
    /// The failed verifications that contradict an acceptable residual
    /// risk, shown beside it (`residual-risk-contradicted`).
    public var failedVerifications: [ItemReferenceView]
    public var treatment: String
    public var rationale: String?
    /// `RiskStanding.name`, for the badge: "acceptable", "contradicted", …
    public var acceptability: String
    public var acceptabilityText: String
}

extension RiskRowView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
