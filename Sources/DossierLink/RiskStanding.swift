import DossierModel

/// Where a threat's residual risk stands against `risk_method.acceptable`
/// (ISO 14971 §7.4; IEC 81001-5-1 §7.4). Decided here once, so the rules,
/// the risk table, its counts and the export say the same thing.
public enum RiskStanding: Hashable, Sendable {
    /// Outside the acceptable levels, and no rationale accepts it.
    case notAcceptable
    /// Within the acceptable levels on paper, but a verification of the
    /// threat or of one of its security requirements failed: the control
    /// the level relies on did not hold.
    case contradicted(failed: [Int])
    /// Outside the acceptable levels, accepted with a benefit-risk rationale.
    case acceptedWithRationale
    /// No residual risk, or an acceptable one with no risk before controls
    /// to compare it with: nothing shows the level was reached.
    case notScored
    case acceptable

    /// The order a reviewer reads them in: what must be acted on first.
    public var rank: Int {
        switch self {
        case .contradicted: 0
        case .notAcceptable: 1
        case .acceptedWithRationale: 2
        case .notScored: 3
        case .acceptable: 4
        }
    }

    /// The failed verifications that contradict an acceptable level; empty otherwise.
    public var failedVerifications: [Int] {
        if case .contradicted(let failed) = self { failed } else { [] }
    }

    /// Outside the acceptable levels, with or without a rationale.
    public var isOutside: Bool { self == .notAcceptable || self == .acceptedWithRationale }

    /// A word for badges, CSS classes and the export.
    public var name: String {
        switch self {
        case .notAcceptable: "not-acceptable"
        case .contradicted: "contradicted"
        case .acceptedWithRationale: "accepted-with-rationale"
        case .notScored: "not-scored"
        case .acceptable: "acceptable"
        }
    }

    public var title: String {
        switch self {
        case .notAcceptable: "not acceptable"
        case .contradicted: "contradicted: a verification failed"
        case .acceptedWithRationale: "above the acceptable level; accepted with rationale"
        case .notScored: "not scored"
        case .acceptable: "acceptable"
        }
    }
}

extension TraceGraph {
    public func riskStanding(of threat: Int) -> RiskStanding {
        let details = items[threat].threat ?? ThreatDetails()
        guard let residual = details.residualRisk else { return .notScored }
        guard configuration.riskMethod.accepts(residual) else {
            return details.rationale.isMissingText ? .notAcceptable : .acceptedWithRationale
        }
        let failed = failedVerifications(against: threat)
        if !failed.isEmpty { return .contradicted(failed: failed) }
        return details.risk == nil ? .notScored : .acceptable
    }

    /// The live verifications with `result: fail` that name the threat in
    /// `threats:` or verify one of its security requirements, each once.
    public func failedVerifications(against threat: Int) -> [Int] {
        var seen: Set<Int> = []
        let candidates = threatSources(of: threat, type: .verification)
            + mitigations(of: threat).flatMap(verifications(of:))
        return candidates.filter { items[$0].verification?.result == .fail && seen.insert($0).inserted }
    }
}
