/// Views of the per-phase traceability (IEC 81001-5-1 §5.2.1).

public struct PhaseSummaryView: Sendable {
    public var name: String
    public var title: String
    public var href: String
    public var anchor: String
    public var threats: Int
    public var covered: Int
    public var unverified: Int
    /// Threats whose mitigation in the phase has a failed verification.
    public var failed: Int
    public var gaps: Int
    public var riskDecisions: Int
    public var securityRequirements: Int
    /// "1 threat applies", "3 threats apply".
    public var threatsApplyText: String
    /// "1 threat", "3 threats".
    public var threatsText: String
    public var gapsText: String
    public var riskDecisionsText: String
    public var securityRequirementsText: String
    public var hasGaps: Bool
    public var hasNoRequirements: Bool
    /// "ok", "open", "failed" or "gap", for the status badge.
    public var state: String
}

public struct VerificationReferenceView: Sendable {
    public var id: String
    public var href: String
    public var method: String
    public var result: String
    public var resultClass: String
}

public struct MitigationView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var verifications: [VerificationReferenceView]
    public var isUnverified: Bool
}

public struct MatrixRowView: Sendable {
    public var threat: ItemReferenceView
    public var treatment: String
    /// "high → low"; "—" where the threat gives no risk.
    public var riskChange: String
    public var mitigations: [MitigationView]
    public var hasMitigations: Bool
    public var status: String
    public var statusClass: String
    /// Nothing mitigates the threat here, or a mitigation failed its verification.
    public var isGapRow: Bool
    public var rationale: String?
}

public struct MatrixView: Sendable {
    public var phase: PhaseSummaryView
    public var rows: [MatrixRowView]
    public var hasRows: Bool
    public var requirements: [PhaseRequirementView]
    public var hasRequirements: Bool
}

/// A security requirement of a phase with the threats it derives from.
public struct PhaseRequirementView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var threats: [ItemReferenceView]
    public var isChecklistDerived: Bool
}

/// "The device shall connect to Wi-Fi" and what secures it.
public struct SecuredRequirementView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var securedBy: [ItemReferenceView]
    public var isGap: Bool
}

public struct ControlCategoryView: Sendable {
    public var name: String
    public var title: String
    public var requirements: [ItemReferenceView]
    public var justification: String?
    public var isGap: Bool
}

public struct AssetView: Sendable {
    public var asset: ItemReferenceView
    public var properties: String
    public var threats: [ItemReferenceView]
}

public struct HazardView: Sendable {
    public var hazard: ItemReferenceView
    public var severity: String
    public var harm: String
    public var threats: [ItemReferenceView]
    public var controls: [ItemReferenceView]
}

public struct ManifestEntryView: Sendable {
    public var path: String
    public var sha256: String
    public var bytes: Int
}
