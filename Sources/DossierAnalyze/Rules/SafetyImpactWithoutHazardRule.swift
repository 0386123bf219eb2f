import DossierLink
import DossierModel

/// Security risk that can hurt a patient must reach the safety risk file.
public struct SafetyImpactWithoutHazardRule: Rule {
    public let documentation = RuleDocumentation(
        .safetyImpactWithoutHazard, .major, clause: "ISO 14971 §5–7; IEC 81001-5-1 §7.3",
        summary: "A threat with safety impact links to no hazard.",
        rationale: "When exploiting a vulnerability can harm a patient, the security risk is also a safety "
            + "risk. ISO 14971 then needs the hazard, and its risk controls, in the risk management file; a "
            + "threat model that never reaches that file is a classic audit finding.",
        remedy: "Link the hazard the threat can lead to with `hazards:`, adding it to the ISO 14971 hazard "
            + "analysis if it is not there yet.",
        failing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            safety_impact: true
            """,
        passing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            safety_impact: true
            hazards: [HZ-001]      # insulin overdose
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard item.threat?.safetyImpact == true, graph.targets(of: position, in: .hazards).isEmpty else {
                return nil
            }
            return RuleViolation(
                subject: item.id, location: item.location(of: "safety_impact"),
                message: "\(item.id) has safety impact but links to no hazard (\(clause))",
                remedy: "add `hazards:` so the security risk reaches the safety risk file")
        }
    }
}
