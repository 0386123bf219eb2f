import DossierLink
import DossierModel

/// "Connects to Wi-Fi, but no WPA3 requirement": a reachable interface in
/// use needs a security requirement that protects it.
public struct UnsecuredInterfaceRule: Rule {
    public let documentation = RuleDocumentation(
        .unsecuredInterface, .major, clause: "FDA premarket cybersecurity guidance, Appendix 1",
        summary: "An interface in use that is reachable from outside (adjacent, network or internet) and that no "
            + "security requirement protects.",
        rationale: "An interface an attacker can reach without holding the device needs its own controls: "
            + "authentication, encryption, integrity. Threats that name it show the analysis; a security "
            + "requirement that names it shows the control.",
        remedy: "Name the interface under `interfaces:` of the security requirement that protects it, or write "
            + "that requirement.",
        failing: """
            id: IF-WIFI
            type: interface
            title: Hub home Wi-Fi
            kind: wireless
            exposure: adjacent
            # no security requirement lists IF-WIFI under interfaces
            """,
        passing: """
            id: SR-001
            type: security-requirement
            title: Hub joins networks only with WPA3-Personal or IEEE 802.1X
            phases: [installation, operation]
            threats: [TH-001]
            interfaces: [IF-WIFI]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.interface).compactMap { position in
            let item = graph[position]
            guard let details = item.interface, details.inUse, details.exposure.isRemote,
                  graph.protectors(of: position).isEmpty
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "exposure"),
                message: "interface \(item.id) is in use and reachable over \(details.exposure.rawValue) exposure, "
                    + "but no security requirement protects it (\(clause))",
                remedy: "list `\(item.id)` under `interfaces:` of the security requirement that protects it")
        }
    }
}
