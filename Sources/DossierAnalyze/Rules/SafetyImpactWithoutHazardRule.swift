import DossierLink
import DossierModel

/// A security risk that can hurt a patient must reach the ISO 14971 risk file.
public struct SafetyImpactWithoutHazardRule: Rule {
    public let id = RuleID.safetyImpactWithoutHazard
    public let defaultSeverity = FindingSeverity.major
    public let clause = "ISO 14971 §5–7; IEC 81001-5-1 §7.3"
    public let summary = "A threat with safety impact links to no hazard."
    public let remedy = "Link the hazard the threat can lead to with `hazards:`, adding it to the "
        + "ISO 14971 hazard analysis if it is not there yet."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard item.threat?.safetyImpact == true, graph.targets(of: position, in: .hazards).isEmpty else {
                return nil
            }
            return RuleViolation(
                subject: item.id, location: item.location(of: "safety_impact"),
                message: "\(item.id) has safety impact but links to no hazard (\(clause)); add `hazards:` so the "
                    + "security risk reaches the safety risk file")
        }
    }
}
