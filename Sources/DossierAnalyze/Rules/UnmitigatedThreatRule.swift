import DossierLink
import DossierModel

/// A threat the manufacturer chose to mitigate needs a security requirement.
public struct UnmitigatedThreatRule: Rule {
    public let documentation = RuleDocumentation(
        .unmitigatedThreat, .major, clause: "IEC 81001-5-1 §5.2.1, §7.3",
        summary: "A threat treated `mitigate` has no security requirement.",
        rationale: "The threat model says the risk will be reduced, but no design input says how. The "
            + "residual risk the threat states is then a claim without a control behind it.",
        remedy: "Write the security requirement that mitigates the threat and link it with `threats:`; if the "
            + "risk is accepted or transferred instead, set `treatment` and give a `rationale`.",
        failing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            # treatment: mitigate (the default), and no security requirement lists TH-004
            """,
        passing: """
            id: SR-012
            type: security-requirement
            title: Dose commands carry a monotonic counter checked by the pump
            phases: [operation]
            threats: [TH-004]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard item.threat?.treatment == .mitigate, graph.mitigations(of: position).isEmpty
            else { return nil }
            let claim = item.origin.map { "marked \($0.stateLabel) in \($0.file)" } ?? "treated `mitigate`"
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) is \(claim), but no security requirement traces to it (\(clause))",
                remedy: "add a security requirement with `threats: [\(item.id)]`, or set `treatment` to accept "
                    + "or transfer with a rationale")
        }
    }
}
