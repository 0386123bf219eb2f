import DossierLink
import DossierModel

/// Threats name interfaces, but the project keeps no inventory of them: the
/// names cannot be checked against the architecture.
public struct NoInterfaceInventoryRule: Rule {
    public let documentation = RuleDocumentation(
        .noInterfaceInventory, .minor, clause: "FDA premarket cybersecurity guidance, Appendix 2",
        summary: "Threats name interfaces, but the project has no interface items.",
        rationale: "Without an inventory of interfaces, the names in `interfaces:` are free text: nothing shows "
            + "that every communication path is in the threat model, and a misspelt name passes unnoticed.",
        remedy: "Write one `interface` item per entry point (`dossier new interface \"Title\"`), titled as the "
            + "threats name it; the names then resolve and are checked.",
        failing: """
            id: TH-001
            type: threat
            title: Spoofed pump pairing
            phases: [operation]
            interfaces: [Bluetooth Low Energy]
            # and no item has type: interface
            """,
        passing: """
            id: IF-BLE
            type: interface
            title: Bluetooth Low Energy
            kind: wireless
            exposure: adjacent
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard !graph.hasInterfaceInventory else { return [] }
        let naming = graph.live(.threat).filter(graph.namesInterface)
        guard !naming.isEmpty else { return [] }
        let count = naming.count == 1 ? "1 threat names" : "\(naming.count) threats name"
        return [RuleViolation(
            subject: "interfaces", location: .configuration(line: 1),
            message: "\(count) interfaces, but the project has no interface inventory (\(clause))",
            remedy: "add an `interface` item for each entry point, titled as the threats name it")]
    }
}
