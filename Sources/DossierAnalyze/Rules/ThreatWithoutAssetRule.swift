import DossierLink
import DossierModel

/// A threat is a threat to something: the asset ties it to the architecture.
public struct ThreatWithoutAssetRule: Rule {
    public let id = RuleID.threatWithoutAsset
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "IEC 81001-5-1 §7.2"
    public let summary = "A threat links to no asset."
    public let remedy = "Add `assets:` with the data, function or component the threat puts at risk."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            guard graph.targets(of: position, in: .assets).isEmpty else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) links to no asset (\(clause)); add `assets:` with what the threat puts at risk")
        }
    }
}
