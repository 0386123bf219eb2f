import DossierLink
import DossierModel

/// A threat the manufacturer chose to mitigate must be mitigated by a
/// security requirement.
public struct UnmitigatedThreatRule: Rule {
    public let id = RuleID.unmitigatedThreat
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §5.2.1, §7.3"
    public let summary = "A threat treated `mitigate` has no security requirement."
    public let remedy = "Write the security requirement that mitigates the threat and link it with `threats:`; "
        + "if the risk is accepted or transferred instead, set `treatment` and give a `rationale`."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard item.threat?.treatment == .mitigate, graph.liveSources(of: position, in: .threats).isEmpty
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) is treated `mitigate`, but no security requirement links to it "
                    + "(\(clause)); add a security requirement with `threats: [\(item.id)]`, or set `treatment` "
                    + "to accept or transfer with a rationale")
        }
    }
}
