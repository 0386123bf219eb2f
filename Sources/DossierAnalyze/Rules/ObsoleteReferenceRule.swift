import DossierLink
import DossierModel

/// A live design input must not rest on one that was withdrawn.
public struct ObsoleteReferenceRule: Rule {
    public let id = RuleID.obsoleteReference
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "ISO 13485 §7.3.9"
    public let summary = "An item that is not obsolete links to an obsolete one."
    public let remedy = "Link to the item that replaced the obsolete one, or drop the link."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for (position, item) in graph.items.enumerated() where item.isLive {
            for link in graph.outgoing[position] where !graph[link.other].isLive {
                let target = graph[link.other].id
                violations.append(RuleViolation(
                    subject: item.id, location: SourceLocation(file: item.location.file, line: link.line),
                    message: "\(item.id) links to \(target) under `\(link.field.rawValue)`, but \(target) is "
                        + "obsolete (\(clause)); link to the item that replaced it, or drop the link"))
            }
        }
        return violations
    }
}
