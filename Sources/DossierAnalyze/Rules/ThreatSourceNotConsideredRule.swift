import DossierLink
import DossierModel

/// A threat model that looked only at the product in use misses the risks
/// that come from how it is made, shipped, connected, updated and retired.
public struct ThreatSourceNotConsideredRule: Rule {
    public let documentation = RuleDocumentation(
        .threatSourceNotConsidered, .minor, clause: "FDA guidance §V.A.1; IEC 81001-5-1 §7.2",
        summary: "A lifecycle threat source (supply chain, manufacturing, deployment, interoperation, maintenance "
            + "and updates, decommissioning) that no threat names in `sources` and that "
            + "`threat_model.not_applicable_sources` does not justify (major for `maintenance-update` when the "
            + "product has an update channel).",
        rationale: "The FDA asks that the threat model consider risks from the supply chain, manufacturing, "
            + "deployment, interoperation, maintenance and updates, and decommissioning, not only from the "
            + "device in use. A product with an update channel has a maintenance and update attack surface by "
            + "construction, so missing it there is major. A `rules:` entry sets both cases to the one severity "
            + "it names.",
        remedy: "Name the source in the `sources` of the threats that come from it, or say in "
            + "`threat_model.not_applicable_sources` why it does not apply.",
        failing: """
            # dossier.yml: no not_applicable_sources entry for manufacturing,
            # and no threat has manufacturing in its sources
            threat_model:
              methodology: STRIDE per interaction
            """,
        passing: """
            threat_model:
              methodology: STRIDE per interaction
              not_applicable_sources:
                manufacturing: Software only; no key or firmware is loaded in manufacturing.
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var named: Set<ThreatSource> = []
        for position in graph.live(.threat) { named.formUnion(graph[position].threat?.sources ?? []) }
        let justified = graph.configuration.threatModel.notApplicableSources
        let hasUpdateChannel = graph.live(.interface).contains { graph[$0].interface?.kind == .updateChannel }
        let line = graph.configuration.keyLines["threat_model"] ?? 1
        return ThreatSource.allCases.compactMap { source in
            guard !named.contains(source), justified[source.rawValue].isMissingText else { return nil }
            let escalated = source == .maintenanceUpdate && hasUpdateChannel
            let blank = justified[source.rawValue] != nil ? "; its entry under `not_applicable_sources` is blank" : ""
            return RuleViolation(
                subject: source.rawValue, location: .configuration(line: line),
                message: "no threat comes from \(source.phrase) and the threat model does not say why none does"
                    + blank + (escalated ? "; the product has an update channel" : "") + " (\(clause))",
                remedy: "add `\(source.rawValue)` to the `sources` of the threats that come from it, or justify it "
                    + "under `threat_model.not_applicable_sources`",
                escalatedSeverity: escalated ? .major : nil)
        }
    }
}
