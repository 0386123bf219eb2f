import Mustache

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

extension RiskRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "risk": self.risk
        case "residualRisk": self.residualRisk
        case "failedVerifications": self.failedVerifications
        case "treatment": self.treatment
        case "rationale": self.rationale
        case "acceptability": self.acceptability
        case "acceptabilityText": self.acceptabilityText
        default: nil
        }
    }
}
