import DossierLink
import DossierModel

/// A live design input resting on an obsolete one has lost its source.
public struct ObsoleteReferenceRule: Rule {
    public let documentation = RuleDocumentation(
        .obsoleteReference, .minor, clause: "ISO 13485 §7.3.9",
        summary: "An item that is not obsolete links to an obsolete one.",
        rationale: "When a design input is withdrawn, what was derived from it must be reviewed (design "
            + "change control). A live link to an obsolete item shows that review did not happen.",
        remedy: "Link to the item that replaced the obsolete one, or drop the link.",
        failing: """
            id: SR-020
            type: security-requirement
            title: Hub configuration is restored to a trusted state
            phases: [operation]
            threats: [TH-002]      # TH-002 has status: obsolete
            """,
        passing: """
            id: SR-020
            type: security-requirement
            title: Hub configuration is restored to a trusted state
            phases: [operation]
            threats: [TH-021]      # the threat that replaced TH-002
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for (position, item) in graph.items.enumerated() where item.isLive {
            for link in graph.outgoing[position] where graph[link.other].status == .obsolete {
                let target = graph[link.other].id
                violations.append(RuleViolation(
                    subject: item.id, location: SourceLocation(file: item.location.file, line: link.line),
                    message: "\(item.id) links to \(target) under `\(link.field.rawValue)`, but \(target) is "
                        + "obsolete (\(clause))",
                    remedy: "link to the item that replaced it, or drop the link"))
            }
        }
        return violations
    }
}
