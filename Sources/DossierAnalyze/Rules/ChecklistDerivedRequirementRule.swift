import DossierLink
import DossierModel

/// The core rule of IEC 81001-5-1 §5.2.1: a security requirement is derived
/// from the threat model, or it is a checklist item.
public struct ChecklistDerivedRequirementRule: Rule {
    public let documentation = RuleDocumentation(
        .checklistDerivedRequirement, .major, clause: "IEC 81001-5-1 §5.2.1",
        summary: "A security requirement links to no threat.",
        rationale: "IEC 81001-5-1 asks for security requirements derived from the product's threat model. "
            + "A requirement that traces to no threat looks copied from a checklist, and a Notified Body raises "
            + "it as a major non-conformity: nobody can show which risk it controls, or that the threats are "
            + "controlled at all.",
        remedy: "Add `threats:` with the threat the requirement mitigates; if no threat calls for it, add that "
            + "threat to the threat model or drop the requirement.",
        failing: """
            id: SR-014
            type: security-requirement
            title: Passwords have at least 12 characters
            phases: [operation]
            source: checklist
            """,
        passing: """
            id: SR-014
            type: security-requirement
            title: Passwords have at least 12 characters
            phases: [operation]
            threats: [TH-006]      # credential guessing against the clinician portal
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.securityRequirement).compactMap { position in
            guard graph.targets(of: position, in: .threats).isEmpty else { return nil }
            let item = graph[position]
            let origin = item.securityRequirement?.source == .threatModel ? "" : " (its source is "
                + "`\(item.securityRequirement!.source.rawValue)`, but the link to a threat is what derives it)"
            return .missingLink(
                "threats", of: item,
                message: "\(item.id) links to no threat\(origin): security requirements must be derived from the "
                    + "threat model (\(clause))",
                remedy: "add `threats:` with the threat it mitigates, or record that threat")
        }
    }
}
