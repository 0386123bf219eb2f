import DossierLink
import DossierModel

/// Every entry point is in the threat model, unused ones too: the first
/// thing a reviewer compares is the architecture against the threats.
public struct InterfaceNotThreatModeledRule: Rule {
    public let documentation = RuleDocumentation(
        .interfaceNotThreatModeled, .major, clause: "IEC 81001-5-1 §7.2; FDA premarket cybersecurity guidance, Appendix 2",
        summary: "An interface, in use or not, that no threat names.",
        rationale: "The threat model must cover every communication path of the device, including paths that are "
            + "present but unused, such as a disabled debug port. An interface that no threat names is an attack "
            + "surface nobody has analysed, and a reviewer finds it by comparing the inventory with the threats.",
        remedy: "Name the interface (its id or title) under `interfaces:` of the threats that enter through it, "
            + "or write the threat that does.",
        failing: """
            id: IF-UART
            type: interface
            title: Hub debug UART
            kind: debug-port
            exposure: physical
            in_use: false
            # no threat lists IF-UART or "Hub debug UART" under interfaces
            """,
        passing: """
            id: TH-014
            type: threat
            title: Attacker with the hub in hand reads the pump key over the debug UART
            phases: [operation, decommissioning]
            interfaces: [Hub debug UART]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.interface).compactMap { position in
            let item = graph[position]
            guard graph.threats(through: position).isEmpty else { return nil }
            let unused = item.interface?.inUse == false ? ", though not in use," : ""
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "interface \(item.id)\(unused) is named by no threat; every communication path needs "
                    + "threat modelling (\(clause))",
                remedy: "list `\(item.id)` under `interfaces:` of the threats that enter through it, or write one")
        }
    }
}
