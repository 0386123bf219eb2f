import DossierLink
import DossierModel

/// A threat says what it puts at risk.
public struct ThreatWithoutAssetRule: Rule {
    public let documentation = RuleDocumentation(
        .threatWithoutAsset, .minor, clause: "IEC 81001-5-1 §7.2",
        summary: "A threat links to no asset.",
        rationale: "A threat model names what each threat endangers: the data, function or component whose "
            + "confidentiality, integrity or availability is at stake. Without it the severity of the threat "
            + "cannot be judged.",
        remedy: "Add `assets:` with the data, function or component the threat puts at risk.",
        failing: """
            id: TH-009
            type: threat
            title: Tampered therapy settings in transit
            phases: [operation]
            """,
        passing: """
            id: TH-009
            type: threat
            title: Tampered therapy settings in transit
            phases: [operation]
            assets: [AS-002]       # therapy settings
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            guard graph.targets(of: position, in: .assets).isEmpty else { return nil }
            let item = graph[position]
            return .missingLink("assets", of: item, message: "\(item.id) links to no asset (\(clause))",
                                remedy: "add `assets:` with what the threat puts at risk")
        }
    }
}
