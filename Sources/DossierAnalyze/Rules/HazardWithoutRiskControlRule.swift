import DossierLink
import DossierModel

/// A hazard that security can cause needs a risk control some requirement implements.
public struct HazardWithoutRiskControlRule: Rule {
    public let documentation = RuleDocumentation(
        .hazardWithoutRiskControl, .major, clause: "ISO 14971 §7.1; IEC 62304 §7.2.2",
        summary: "A hazard that a threat can cause has no risk control requirement.",
        rationale: "Linking a threat to a hazard brings the security risk into the safety file; ISO 14971 §7.1 "
            + "then asks for risk control measures, and IEC 62304 §7.2.2 for the software requirements that "
            + "implement them. A hazard reached by threats but controlled by no requirement is a security risk "
            + "that entered the risk management file and stopped there.",
        remedy: "Link the requirement or security requirement that controls the hazard to it with `hazards:`; "
            + "write one if none does.",
        failing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            hazards: [HZ-001]      # ...and no requirement lists HZ-001 in hazards
            """,
        passing: """
            id: SR-012
            type: security-requirement
            title: The pump rejects a dose command whose counter it has seen
            phases: [operation]
            threats: [TH-004]
            hazards: [HZ-001]      # a security control that is also a risk control
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.hazard).compactMap { position in
            let causes = graph.causes(of: position)
            guard !causes.isEmpty, graph.riskControls(of: position).isEmpty else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) can be caused by \(causes.ids(in: graph)), but no requirement or security "
                    + "requirement implements a risk control for it (\(clause))",
                remedy: "link the requirement that controls it with `hazards: [\(item.id)]`")
        }
    }
}
