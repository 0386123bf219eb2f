import DossierLink
import DossierModel

/// Every lifecycle phase needs security requirements of its own
/// (installation, operation, maintenance, decommissioning).
public struct PhaseWithoutSecurityRequirementsRule: Rule {
    public let id = RuleID.phaseWithoutSecurityRequirements
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 81001-5-1 §5.2.1"
    public let summary = "A lifecycle phase has no security requirement."
    public let remedy = "Derive the phase's security requirements from the threats that apply in it, "
        + "or add the phase to existing requirements that already hold there."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let location = SourceLocation.configuration(line: graph.configuration.keyLines["phases"] ?? 1)
        return graph.phases.compactMap { phase in
            let covered = graph.live(.securityRequirement).contains { graph[$0].phases.contains(phase) }
            guard !covered else { return nil }
            return RuleViolation(
                subject: phase.rawValue, location: location,
                message: "no security requirement covers the \(phase.rawValue) phase: \(clause) asks for "
                    + "security requirements for every lifecycle phase; derive them from the threats that apply "
                    + "in \(phase.rawValue) (\(PhaseGuidance.example(for: phase)))")
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
