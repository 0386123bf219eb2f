import DossierLink
import DossierModel

/// An asset no threat touches suggests the threat model misses part of the
/// architecture.
public struct OrphanAssetRule: Rule {
    public let id = RuleID.orphanAsset
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "IEC 81001-5-1 §7.2"
    public let summary = "An asset that no threat links to."
    public let remedy = "Model the threats to the asset, or remove the asset if it is not part of the product."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.asset).compactMap { position in
            guard graph.liveSources(of: position, in: .assets).isEmpty else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "no threat links to \(item.id) (\(clause)); model the threats to this asset, or remove it "
                    + "if it is not part of the product")
        }
    }
}
