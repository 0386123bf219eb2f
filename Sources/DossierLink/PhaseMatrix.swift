import DossierModel

/// The traceability matrix of one lifecycle phase (IEC 81001-5-1 §5.2.1):
/// every live threat that applies in the phase, with the security
/// requirements that mitigate it in that phase.
public struct PhaseMatrix: Sendable {
    public var phase: LifecyclePhase
    public var rows: [PhaseMatrixRow]
    /// Every live security requirement that holds in this phase.
    public var securityRequirements: [Int]

    public func count(_ status: ThreatCoverageStatus) -> Int { rows.filter { $0.status == status }.count }
}

public struct PhaseMatrixRow: Sendable {
    public var threat: Int
    /// The threat's live security requirements that cover this phase.
    public var mitigations: [Int]
    public var status: ThreatCoverageStatus
}

/// How a threat stands in one phase.
public enum ThreatCoverageStatus: String, Hashable, Sendable, CaseIterable {
    /// Mitigated in the phase, every mitigation verified and passed, and an
    /// adversarial test reached the threat (IEC 81001-5-1 §5.7).
    case covered
    /// As `covered`, but no adversarial test reached the threat: what
    /// `mitigation-not-adversarially-tested` reports.
    case coveredNotAttacked = "covered-not-attacked"
    /// Mitigated in the phase, but a mitigation is unverified or its
    /// verification has not run.
    case unverified
    /// Mitigated in the phase, and a verification of a mitigation failed:
    /// evidence that the control does not work, never "covered".
    case verificationFailed = "verification-failed"
    /// Treated `mitigate`, and nothing mitigates it in this phase.
    case gap
    /// Risk accepted (with or without the rationale the format asks for).
    case accepted
    case transferred
    case avoided

    public var title: String {
        switch self {
        case .covered: "Covered"
        case .coveredNotAttacked: "Covered, not attacked"
        case .unverified: "Covered, verification open"
        case .verificationFailed: "Verification failed"
        case .gap: "Gap"
        case .accepted: "Accepted"
        case .transferred: "Transferred"
        case .avoided: "Avoided"
        }
    }
}

extension TraceGraph {
    public func phaseMatrix(for phase: LifecyclePhase) -> PhaseMatrix {
        var rows: [PhaseMatrixRow] = []
        for threat in live(.threat) where items[threat].phases.contains(phase) {
            rows.append(coverage(of: threat, in: phase))
        }
        let requirements = live(.securityRequirement).filter { items[$0].phases.contains(phase) }
        return PhaseMatrix(phase: phase, rows: rows, securityRequirements: requirements)
    }

    public var phaseMatrices: [PhaseMatrix] { phases.map(phaseMatrix(for:)) }

    /// One threat's row of a phase's matrix, without building the matrix:
    /// an item page shows its threat's status in each of its phases.
    public func coverage(of threat: Int, in phase: LifecyclePhase) -> PhaseMatrixRow {
        let mitigations = self.mitigations(of: threat).filter { items[$0].phases.contains(phase) }
        return PhaseMatrixRow(threat: threat, mitigations: mitigations, status: status(of: threat, mitigations: mitigations))
    }

    private func status(of threat: Int, mitigations: [Int]) -> ThreatCoverageStatus {
        switch items[threat].threat?.treatment ?? .mitigate {
        case .accept: return .accepted
        case .transfer: return .transferred
        case .avoid: return .avoided
        case .mitigate:
            if mitigations.isEmpty { return .gap }
            let states = mitigations.map(verificationState(of:))
            if states.contains(.failed) { return .verificationFailed }
            guard states.allSatisfy({ $0 == .passed }) else { return .unverified }
            return isAttacked(threat) ? .covered : .coveredNotAttacked
        }
    }
}
