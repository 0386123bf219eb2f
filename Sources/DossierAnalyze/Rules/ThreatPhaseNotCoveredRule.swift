import DossierLink
import DossierModel

/// A mitigated threat must be mitigated in every phase it applies in. A
/// threat with no security requirement at all is `unmitigated-threat` only.
public struct ThreatPhaseNotCoveredRule: Rule {
    public let documentation = RuleDocumentation(
        .threatPhaseNotCovered, .major, clause: "IEC 81001-5-1 §5.2.1",
        summary: "A mitigated threat applies in a phase that none of its security requirements covers.",
        rationale: "A threat that applies during installation and operation but is only mitigated in "
            + "operation leaves the device exposed while it is set up, when it is often most vulnerable "
            + "(no identity bound yet, default settings).",
        remedy: "Add a security requirement for that phase that links to the threat, or add the phase to an "
            + "existing requirement if it already holds there.",
        failing: """
            # TH-001 applies in [installation, operation]
            id: SR-001
            type: security-requirement
            title: Hub joins networks only with WPA3-Personal or IEEE 802.1X
            phases: [operation]
            threats: [TH-001]
            """,
        passing: """
            id: SR-001
            type: security-requirement
            title: Hub joins networks only with WPA3-Personal or IEEE 802.1X
            phases: [installation, operation]
            threats: [TH-001]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for position in graph.live(.threat) where graph[position].threat?.treatment == .mitigate {
            let item = graph[position]
            let mitigations = graph.mitigations(of: position)
            guard !mitigations.isEmpty else { continue }
            let covered = Set(mitigations.flatMap { graph[$0].phases })
            for phase in item.phases where !covered.contains(phase) {
                violations.append(RuleViolation(
                    subject: item.id, location: item.location(of: "phases"),
                    message: "\(item.id) applies in \(phase.rawValue), but none of its security requirements "
                        + "(\(mitigations.ids(in: graph))) covers \(phase.rawValue) (\(clause))",
                    remedy: "add \(CountText.article(for: phase.rawValue)) \(phase.rawValue) requirement (\(PhaseGuidance.example(for: phase))), or add "
                        + "the phase to an existing one if it already holds there"))
            }
        }
        return violations
    }
}
