import DossierLink
import DossierModel

/// An asset that no threat concerns was either not threat-modelled or is
/// not part of the product.
public struct OrphanAssetRule: Rule {
    public let documentation = RuleDocumentation(
        .orphanAsset, .minor, clause: "IEC 81001-5-1 §7.2",
        summary: "An asset that no threat links to.",
        rationale: "Every asset worth listing is worth protecting. An asset no threat names suggests the "
            + "threat model stopped short of part of the product.",
        remedy: "Model the threats to the asset, or remove the asset if it is not part of the product.",
        failing: """
            id: AS-006
            type: asset
            title: Hub firmware signing key
            # ...and no threat lists AS-006 under assets
            """,
        passing: """
            id: TH-012
            type: threat
            title: Firmware signing key extracted from the build server
            phases: [maintenance]
            assets: [AS-006]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.asset).compactMap { position in
            // Components link assets too (where they run); only a threat models one.
            guard !graph.liveSources(of: position, in: .assets).contains(where: { graph[$0].type == .threat })
            else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "no threat links to \(item.id) (\(clause))",
                remedy: "model the threats to this asset, or remove it if it is not part of the product")
        }
    }
}
