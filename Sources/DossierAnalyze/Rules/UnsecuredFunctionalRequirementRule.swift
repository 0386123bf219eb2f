import DossierLink
import DossierModel

/// "The device shall connect to Wi-Fi" needs a security requirement that
/// secures the connection.
public struct UnsecuredFunctionalRequirementRule: Rule {
    public let documentation = RuleDocumentation(
        .unsecuredFunctionalRequirement, .major, clause: "IEC 81001-5-1 §5.2.1; IEC 62304 §5.2.2",
        summary: "A security-relevant requirement, or one that names an interface, is refined by no security requirement.",
        rationale: "A functional requirement for a connection, an interface or a data flow opens an attack "
            + "surface. Without a security requirement that secures it, the product requirements and the "
            + "security requirements do not meet, which IEC 81001-5-1 §5.2.2 asks a review to confirm.",
        remedy: "A requirement that lists `interfaces:` is security-relevant whatever `security_relevant` says. "
            + "Write the security requirement that secures the interface, connection or data flow and give "
            + "it `refines:` with this requirement's id.",
        failing: """
            id: REQ-003
            type: requirement
            title: The hub shall connect to the home Wi-Fi network
            security_relevant: true
            """,
        passing: """
            id: SR-001
            type: security-requirement
            title: Hub joins networks only with WPA3-Personal or IEEE 802.1X
            phases: [installation, operation]
            threats: [TH-001]
            refines: [REQ-003]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.securityRelevantRequirements.compactMap { position in
            guard graph.liveSources(of: position, in: .refines).isEmpty else { return nil }
            let item = graph[position]
            let relevance = graph.securityRelevance(of: position)
            let flagged = relevance.isFlagged
            let why = flagged ? "is security-relevant"
                : "names \(relevance.interfaces.joined(separator: ", ")), so it is security-relevant"
            return RuleViolation(
                subject: item.id, location: item.location(of: flagged ? "security_relevant" : "interfaces"),
                message: "\(item.id) \(why), but no security requirement refines it (\(clause))",
                remedy: "add a security requirement with `refines: [\(item.id)]` that secures it "
                    + "(e.g. WPA3 and certificate-based authentication for a network connection)")
        }
    }
}
