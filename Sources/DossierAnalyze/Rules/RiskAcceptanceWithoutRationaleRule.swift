import DossierLink
import DossierModel

/// Accepting or transferring a risk is a decision that needs its reason.
public struct RiskAcceptanceWithoutRationaleRule: Rule {
    public let documentation = RuleDocumentation(
        .riskAcceptanceWithoutRationale, .major, clause: "IEC 81001-5-1 §7.3, §7.4; ISO 14971 §7",
        summary: "A threat treated `accept` or `transfer` has no rationale.",
        rationale: "A risk left uncontrolled must be judged acceptable against stated criteria, or handed to "
            + "someone who agrees to carry it. Without the reason, the decision cannot be reviewed.",
        remedy: "Write the `rationale`: why the residual risk is acceptable, or who the risk is transferred to "
            + "and under which agreement.",
        failing: """
            id: TH-015
            type: threat
            title: Denial of service of the cloud API
            phases: [operation]
            treatment: accept
            """,
        passing: """
            id: TH-015
            type: threat
            title: Denial of service of the cloud API
            phases: [operation]
            treatment: accept
            rationale: The app keeps working offline for 72 hours (REQ-009); no dose depends on the cloud.
            """)

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
                message: "\(item.id) is \(verb) without a rationale (\(clause))",
                remedy: "add `rationale:` saying why the residual risk is acceptable or who carries it")
        }
    }
}
