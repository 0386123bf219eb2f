import DossierLink
import DossierModel

/// "The device shall connect to Wi-Fi" needs a security requirement that
/// secures the connection.
public struct UnsecuredFunctionalRequirementRule: Rule {
    public let id = RuleID.unsecuredFunctionalRequirement
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §5.2.1; IEC 62304 §5.2.2"
    public let summary = "A security-relevant requirement is refined by no security requirement."
    public let remedy = "Write the security requirement that secures the interface, connection or data flow "
        + "and give it `refines:` with this requirement's id."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.requirement).compactMap { position in
            let item = graph[position]
            guard item.requirement?.securityRelevant == true, graph.liveSources(of: position, in: .refines).isEmpty
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "security_relevant"),
                message: "\(item.id) is security-relevant, but no security requirement refines it (\(clause)); "
                    + "add a security requirement with `refines: [\(item.id)]` that secures it "
                    + "(e.g. WPA3 and certificate-based authentication for a network connection)")
        }
    }
}
