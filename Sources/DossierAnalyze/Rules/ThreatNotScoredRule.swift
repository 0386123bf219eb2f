import DossierLink
import DossierModel

/// A mitigated threat is scored before and after its controls.
public struct ThreatNotScoredRule: Rule {
    public let documentation = RuleDocumentation(
        .threatNotScored, .minor, clause: "FDA premarket cybersecurity guidance §V.A.2; IEC 81001-5-1 §7.3",
        summary: "A threat treated `mitigate` without `risk` or without `residual_risk`.",
        rationale: "The security risk assessment estimates each risk before and after its controls; without "
            + "both, nobody can tell whether the controls reduce the risk to an acceptable level.",
        remedy: "Add `risk:` (before controls) and `residual_risk:` (after them): low, medium, high or critical.",
        failing: """
            id: TH-001
            type: threat
            title: Spoofed pump pairing
            phases: [operation]
            risk: high
            """,
        passing: """
            id: TH-001
            type: threat
            title: Spoofed pump pairing
            phases: [operation]
            risk: high
            residual_risk: low
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard let threat = item.threat, threat.treatment == .mitigate else { return nil }
            let missing = [threat.risk == nil ? "risk" : nil, threat.residualRisk == nil ? "residual_risk" : nil]
                .compactMap { $0 }
            guard !missing.isEmpty else { return nil }
            let fields = missing.map { "`\($0)`" }.joined(separator: " and ")
            return RuleViolation(
                subject: item.id, location: item.location(of: threat.risk == nil ? "treatment" : "risk"),
                message: "\(item.id) is mitigated but has no \(fields): its risk before and after controls is not "
                    + "stated (\(clause))",
                remedy: "add \(fields) (low, medium, high or critical)")
        }
    }
}
