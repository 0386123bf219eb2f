import DossierLink
import DossierModel

/// Accepting or transferring a security risk is a decision that must be
/// justified in the record.
public struct RiskAcceptanceWithoutRationaleRule: Rule {
    public let id = RuleID.riskAcceptanceWithoutRationale
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §7.3, §7.4; ISO 14971 §7"
    public let summary = "A threat treated `accept` or `transfer` has no rationale."
    public let remedy = "Write the `rationale`: why the residual risk is acceptable, or who the risk is "
        + "transferred to and under which agreement."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard let threat = item.threat, threat.treatment == .accept || threat.treatment == .transfer,
                  threat.rationale == nil
            else { return nil }
            let verb = threat.treatment == .accept ? "accepted" : "transferred"
            return RuleViolation(
                subject: item.id, location: item.location(of: "treatment"),
                message: "\(item.id) is \(verb) without a rationale (\(clause)); add `rationale:` saying why the "
                    + "residual risk is acceptable or who carries it")
        }
    }
}
