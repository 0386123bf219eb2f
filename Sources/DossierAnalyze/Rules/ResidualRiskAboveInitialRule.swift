import DossierLink
import DossierModel

/// Controls do not raise a risk: a residual risk above the initial one is
/// almost always a swapped or stale score.
public struct ResidualRiskAboveInitialRule: Rule {
    public let documentation = RuleDocumentation(
        .residualRiskAboveInitial, .minor, clause: "IEC 81001-5-1 §7.3; ISO 14971 §7.1",
        summary: "A threat's `residual_risk` ranks above its `risk` (low < medium < high < critical).",
        rationale: "The residual risk is the risk that remains after controls. One above the initial risk means "
            + "the scores are swapped or one of them is out of date, and the risk assessment cannot be read.",
        remedy: "Check both scores; `risk` is before controls, `residual_risk` after them.",
        failing: """
            id: TH-002
            type: threat
            title: Dose history read from a lost phone
            phases: [operation]
            risk: low
            residual_risk: medium
            """,
        passing: """
            id: TH-002
            type: threat
            title: Dose history read from a lost phone
            phases: [operation]
            risk: medium
            residual_risk: low
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard let threat = item.threat, let initial = threat.risk, let residual = threat.residualRisk,
                  residual > initial
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "residual_risk"),
                message: "\(item.id) has residual risk \(residual.rawValue) above its initial risk "
                    + "\(initial.rawValue); controls do not raise a risk (\(clause))",
                remedy: "check the scores: `risk` is before controls, `residual_risk` after them")
        }
    }
}
