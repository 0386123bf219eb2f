import DossierLink
import DossierModel

/// A mitigation nobody tried to break is a claim, not evidence.
public struct MitigationNotAdversariallyTestedRule: Rule {
    public let documentation = RuleDocumentation(
        .mitigationNotAdversariallyTested, .minor, clause: "IEC 81001-5-1 §5.7.2–5.7.4; FDA guidance §V.C",
        summary: "A mitigated threat was reached by no threat-mitigation test, penetration test, fuzz test "
            + "or vulnerability scan (major when the threat has safety impact or a high or critical risk).",
        rationale: "Testing that a security requirement is met does not show the threat is controlled: "
            + "IEC 81001-5-1 §5.7 asks for threat-mitigation, vulnerability and penetration testing besides, "
            + "and FDA reviewers ask of each mitigation whether anyone tried to break it. A threat that can "
            + "harm a patient, or one rated high or critical, makes the gap major. A `rules:` entry sets "
            + "every case to the one severity it names.",
        remedy: "Add a verification of kind `threat-mitigation`, `penetration`, `fuzz` or `vulnerability-scan` "
            + "that names the threat in `threats:` or verifies one of its security requirements.",
        failing: """
            id: TH-004
            type: threat
            title: Replayed dose command over Bluetooth
            phases: [operation]
            risk: high
            # ...SR-012 mitigates it, and only a requirement test verifies SR-012
            """,
        passing: """
            id: VER-020
            type: verification
            title: Penetration test of the pump link
            kind: penetration
            result: pass
            threats: [TH-004]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard let threat = item.threat, threat.treatment == .mitigate, !graph.isAttacked(position)
            else { return nil }
            let critical = threat.safetyImpact || threat.risk == .high || threat.risk == .critical
            let why = threat.safetyImpact ? "; it has safety impact"
                : critical ? "; its risk is \(threat.risk?.rawValue ?? "")" : ""
            let mitigations = graph.mitigations(of: position)
            let through = mitigations.isEmpty ? "" : ", directly or through its security requirements "
                + "(\(mitigations.ids(in: graph)))"
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) is treated `mitigate`, but no threat-mitigation test, penetration test, fuzz test or "
                    + "vulnerability scan attacks it\(through) (\(clause))\(why)",
                remedy: "add a verification with `kind: penetration` (or `threat-mitigation`, `fuzz`, "
                    + "`vulnerability-scan`) and `threats: [\(item.id)]`",
                escalatedSeverity: critical ? .major : nil)
        }
    }
}
