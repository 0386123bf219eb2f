import DossierLink
import DossierModel

/// Every lifecycle phase needs security requirements of its own.
public struct PhaseWithoutSecurityRequirementsRule: Rule {
    public let documentation = RuleDocumentation(
        .phaseWithoutSecurityRequirements, .major, clause: "IEC 81001-5-1 §5.2.1",
        summary: "A lifecycle phase has no security requirement.",
        rationale: "IEC 81001-5-1 §5.2.1 names installation, operation, maintenance and decommissioning. "
            + "A phase without security requirements is the gap auditors find most often, usually "
            + "decommissioning: patient data and keys left on a returned device.",
        remedy: "Derive the phase's security requirements from the threats that apply in it, or add the phase "
            + "to existing requirements that already hold there.",
        failing: """
            # dossier.yml
            phases: [installation, operation, maintenance, decommissioning]
            # ...and no security requirement lists decommissioning
            """,
        passing: """
            id: SR-027
            type: security-requirement
            title: Hub crypto-erases patient data and keys on factory reset
            phases: [decommissioning]
            threats: [TH-017]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let location = SourceLocation.configuration(line: graph.configuration.keyLines["phases"] ?? 1)
        return graph.phases.compactMap { phase in
            let covered = graph.live(.securityRequirement).contains { graph[$0].phases.contains(phase) }
            guard !covered else { return nil }
            return RuleViolation(
                subject: phase.rawValue, location: location,
                message: "no security requirement covers the \(phase.rawValue) phase: \(clause) asks for "
                    + "security requirements for every lifecycle phase",
                remedy: "derive them from the threats that apply in \(phase.rawValue) "
                    + "(\(PhaseGuidance.example(for: phase)))")
        }
    }
}

/// What each phase usually needs, for messages.
enum PhaseGuidance {
    static func example(for phase: LifecyclePhase) -> String {
        switch phase {
        case .installation: "e.g. secure pairing, no default credentials, authenticated network joining"
        case .operation: "e.g. authenticated and encrypted communication, role-based authorization, logging"
        case .maintenance: "e.g. signed, rollback-protected updates and authenticated service access"
        case .decommissioning: "e.g. crypto-erase of patient data and keys, certificate revocation"
        default: "e.g. the controls that protect the product's assets in that phase"
        }
    }
}
