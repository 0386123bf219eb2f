import DossierLink
import DossierModel

/// An acceptable residual risk rests on controls that work; a failed test
/// of one of them says the level was never reached.
public struct ResidualRiskContradictedRule: Rule {
    public let documentation = RuleDocumentation(
        .residualRiskContradicted, .major, clause: "ISO 14971 §7.4; IEC 81001-5-1 §7.4",
        summary: "A threat's `residual_risk` is within `risk_method.acceptable`, but a verification that attacks "
            + "it, or verifies one of its security requirements, failed.",
        rationale: "The residual risk is estimated with the controls in place. When a penetration test, a "
            + "threat-mitigation test or a requirement test of one of those controls failed, the control did not "
            + "hold, and the acceptable level the dossier states is contradicted by its own evidence. A reviewer "
            + "reads \"high → low, acceptable\" beside a failed test as an unsupported claim.",
        remedy: "Fix the control and verify it again; until then, score the residual risk as the failed test "
            + "shows it, and accept it with a benefit-risk `rationale:` or keep the threat open.",
        failing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            risk: high
            residual_risk: low
            # ...and VER-020, a penetration test with threats: [TH-004], has result: fail
            """,
        passing: """
            id: VER-020
            type: verification
            title: Penetration test of the pump link
            kind: penetration
            result: pass
            threats: [TH-004]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let failed = graph.riskStanding(of: position).failedVerifications
            guard !failed.isEmpty else { return nil }
            let item = graph[position]
            let residual = item.threat?.residualRisk?.rawValue ?? ""
            return RuleViolation(
                subject: item.id, location: item.location(of: "residual_risk"),
                message: "\(item.id) has the acceptable residual risk \(residual), but \(failed.ids(in: graph)) "
                    + "failed: the controls it relies on did not hold (\(clause))",
                remedy: "fix the control and verify it again, or score the residual risk as the failed test "
                    + "shows it and accept it with a `rationale:`")
        }
    }
}
