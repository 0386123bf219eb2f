import DossierLink
import DossierModel

/// Every requirement must be verifiable and verified.
public struct UnverifiedRequirementRule: Rule {
    public let id = RuleID.unverifiedRequirement
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "IEC 62304 §5.2.6"
    public let summary = "A requirement or security requirement is verified by no verification."
    public let remedy = "Add a verification (test, inspection, analysis or demonstration) with `verifies:` "
        + "naming the requirement."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        (graph.live(.requirement) + graph.live(.securityRequirement)).sorted().compactMap { position in
            guard graph.verifications(of: position).isEmpty else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) is verified by no verification (\(clause)); add a verification with "
                    + "`verifies: [\(item.id)]`")
        }
    }
}
