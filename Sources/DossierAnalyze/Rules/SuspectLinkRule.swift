import DossierChange
import DossierLink
import DossierModel

/// A design input derived from one that changed since the baseline may no
/// longer fit it: Doorstop's suspect link, design change control's review.
public struct SuspectLinkRule: ChangeRule {
    public let documentation = RuleDocumentation(
        .suspectLink, .minor, clause: "ISO 13485 §7.3.9; IEC 62304 §6.2",
        summary: "With `--baseline`: an item unchanged since the baseline links to an item that changed since it.",
        rationale: "A security requirement derived from a threat that has since been rewritten may no longer "
            + "fit it. Design change control asks that what depends on a changed design input is reviewed, "
            + "and the review shows in the derived item.",
        remedy: "Review the derived item against the changed one and edit it (even a reviewed-by note or a "
            + "status change records the review); the link stops being suspect once the derived item changed too.",
        failing: """
            id: SR-012             # unchanged since the baseline
            type: security-requirement
            title: The pump rejects a dose command whose counter it has seen
            phases: [operation]
            threats: [TH-004]      # TH-004's body was rewritten since the baseline
            """,
        passing: """
            id: SR-012             # reviewed and edited after TH-004 changed
            type: security-requirement
            title: The pump rejects a dose command whose counter it has seen
            status: reviewed
            phases: [operation]
            threats: [TH-004]
            """)

    public init() {}

    public func violations(in graph: TraceGraph, changes: ChangeSet) -> [RuleViolation] {
        let changed = changes.changedIDs
        guard !changed.isEmpty else { return [] }
        let touched = changed.union(changes.added)
        var violations: [RuleViolation] = []
        for (position, item) in graph.items.enumerated() where item.isLive && !touched.contains(item.id) {
            for link in graph.outgoing[position] where changed.contains(graph[link.other].id) {
                let target = graph[link.other].id
                violations.append(RuleViolation(
                    subject: item.id, location: SourceLocation(file: item.location.file, line: link.line),
                    message: "\(item.id) links to \(target) under `\(link.field.rawValue)`, and \(target) changed "
                        + "since the baseline while \(item.id) did not; the link is suspect until \(item.id) "
                        + "is reviewed (\(clause))",
                    remedy: "review \(item.id) against \(target) and record the review by editing \(item.id)"))
            }
        }
        return violations
    }
}
