import DossierLink
import DossierModel

/// A security requirement must be derived from the threat model, not copied
/// from a checklist: Notified Bodies raise this as a major non-conformity.
public struct ChecklistDerivedRequirementRule: Rule {
    public let id = RuleID.checklistDerivedRequirement
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §5.2.1"
    public let summary = "A security requirement links to no threat."
    public let remedy = "Add `threats:` with the threat the requirement mitigates; if no threat calls for it, "
        + "add that threat to the threat model or drop the requirement."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.securityRequirement).compactMap { position in
            guard graph.targets(of: position, in: .threats).isEmpty else { return nil }
            let item = graph[position]
            let origin = item.securityRequirement?.source == .threatModel ? "" : " (its source is "
                + "`\(item.securityRequirement!.source.rawValue)`, but the link to a threat is what derives it)"
            return RuleViolation(
                subject: item.id, location: item.location(of: "threats"),
                message: "\(item.id) links to no threat\(origin): security requirements must be derived from the "
                    + "threat model (\(clause)); add `threats:` with the threat it mitigates, or record that threat")
        }
    }
}
