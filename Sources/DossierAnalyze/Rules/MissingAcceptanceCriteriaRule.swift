import DossierLink
import DossierModel

/// A requirement is testable only when it says how a test decides.
public struct MissingAcceptanceCriteriaRule: Rule {
    public let documentation = RuleDocumentation(
        .missingAcceptanceCriteria, .minor, clause: "FDA guidance §V.B.1; IEC 81001-5-1 §5.2.2",
        summary: "A security requirement has no acceptance criteria.",
        rationale: "FDA asks for each security control's requirements together with their acceptance "
            + "criteria, and IEC 81001-5-1 §5.2.2 for security requirements that can be tested. Without "
            + "stated criteria, a verifier decides pass or fail by taste, and a reviewer cannot check the "
            + "verdict.",
        remedy: "Write `acceptance_criteria`: the observable result that shows the requirement is met.",
        failing: """
            id: SR-012
            type: security-requirement
            title: The pump rejects a dose command whose counter it has seen
            phases: [operation]
            threats: [TH-004]
            """,
        passing: """
            id: SR-012
            type: security-requirement
            title: The pump rejects a dose command whose counter it has seen
            phases: [operation]
            threats: [TH-004]
            acceptance_criteria: A captured dose command replayed 1 s and 1 h later is rejected and logged.
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        // Blank text is read as absent (docs/format.md, "Text fields").
        graph.live(.securityRequirement).compactMap { position in
            let item = graph[position]
            guard item.securityRequirement?.acceptanceCriteria == nil else { return nil }
            // `acceptance_criterias:` is pointed at, as a misspelt link is.
            return RuleViolation.missingLink(
                "acceptance_criteria", of: item,
                message: "\(item.id) states no acceptance criteria, so no verification can show it is met "
                    + "(\(clause))",
                remedy: "add `acceptance_criteria:` with the observable result that shows it holds")
        }
    }
}
