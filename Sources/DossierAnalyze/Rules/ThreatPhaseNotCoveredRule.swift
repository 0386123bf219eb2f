import DossierLink
import DossierModel

/// A mitigated threat must be mitigated in every phase it applies in. A
/// threat with no security requirement at all is `unmitigated-threat` only.
public struct ThreatPhaseNotCoveredRule: Rule {
    public let id = RuleID.threatPhaseNotCovered
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §5.2.1"
    public let summary = "A mitigated threat applies in a phase that none of its security requirements covers."
    public let remedy = "Add a security requirement for that phase that links to the threat, or add the phase "
        + "to an existing requirement if it already holds there."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for position in graph.live(.threat) where graph[position].threat?.treatment == .mitigate {
            let item = graph[position]
            let mitigations = graph.liveSources(of: position, in: .threats)
            guard !mitigations.isEmpty else { continue }
            let covered = Set(mitigations.flatMap { graph[$0].phases })
            for phase in item.phases where !covered.contains(phase) {
                violations.append(RuleViolation(
                    subject: item.id, location: item.location(of: "phases"),
                    message: "\(item.id) applies in \(phase.rawValue), but none of its security requirements "
                        + "(\(mitigations.ids(in: graph))) covers \(phase.rawValue) (\(clause)); add a "
                        + "\(phase.rawValue) requirement (\(PhaseGuidance.example(for: phase))), or add the phase "
                        + "to an existing one if it already holds there"))
            }
        }
        return violations
    }
}
