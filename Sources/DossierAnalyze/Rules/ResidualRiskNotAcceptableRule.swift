import DossierLink
import DossierModel

/// A residual risk above the project's acceptance criteria needs a
/// benefit-risk rationale.
public struct ResidualRiskNotAcceptableRule: Rule {
    public let documentation = RuleDocumentation(
        .residualRiskNotAcceptable, .major, clause: "ISO 14971 §7.4; IEC 81001-5-1 §7.4",
        summary: "A threat's `residual_risk` is outside `risk_method.acceptable` and it has no `rationale`.",
        rationale: "A residual risk above the stated acceptance criteria can be accepted only with a documented "
            + "judgement that the benefits outweigh it. `risk_method.acceptable` in dossier.yml lists the levels "
            + "acceptable without one (default: low).",
        remedy: "Add controls that lower the residual risk, or write the benefit-risk `rationale:` that accepts it.",
        failing: """
            id: TH-004
            type: threat
            title: Cloud account takeover by credential stuffing
            phases: [operation]
            risk: high
            residual_risk: medium
            """,
        passing: """
            id: TH-004
            type: threat
            title: Cloud account takeover by credential stuffing
            phases: [operation]
            risk: high
            residual_risk: medium
            rationale: Second factor is optional for patients; the benefit of access outweighs the residual risk.
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let method = graph.configuration.riskMethod
        let acceptable = method.acceptable.map(\.rawValue).joined(separator: ", ")
        return graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard graph.riskStanding(of: position) == .notAcceptable, let residual = item.threat?.residualRisk
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "residual_risk"),
                message: "\(item.id) has residual risk \(residual.rawValue), outside the acceptable levels "
                    + "(\(acceptable.isEmpty ? "none" : acceptable)), and no rationale (\(clause))",
                remedy: "lower the residual risk with further controls, or add a benefit-risk `rationale:`")
        }
    }
}
