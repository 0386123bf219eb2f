/// The fields that belong to one item type (SPEC §2.2).
public enum ItemDetails: Hashable, Sendable {
    case threat(ThreatDetails)
    case securityRequirement(SecurityRequirementDetails)
    case requirement(RequirementDetails)
    case asset(AssetDetails)
    case hazard(HazardDetails)
    case verification(VerificationDetails)
    case section(SectionDetails)
}

public struct ThreatDetails: Hashable, Sendable {
    public var stride: [StrideCategory] = []
    public var interfaces: [String] = []
    public var risk: RiskLevel?
    public var residualRisk: RiskLevel?
    public var safetyImpact = false
    public var treatment: ThreatTreatment = .mitigate
    public var rationale: String?
    public var cvss: String?
    public init() {}
}

public struct SecurityRequirementDetails: Hashable, Sendable {
    public var source: RequirementSource = .threatModel
    public var category: ControlCategory?
    public var references: [String] = []
    public var rationale: String?
    public init() {}
}

public struct RequirementDetails: Hashable, Sendable {
    public var category: RequirementCategory?
    public var securityRelevant = false
    public init() {}
}

public struct AssetDetails: Hashable, Sendable {
    public var properties: [SecurityProperty] = []
    public init() {}
}

public struct HazardDetails: Hashable, Sendable {
    public var harm: String?
    public var severity: HarmSeverity?
    public init() {}
}

public struct VerificationDetails: Hashable, Sendable {
    public var method: VerificationMethod?
    public var result: VerificationResult = .notRun
    public var evidence: String?
    public init() {}
}

public struct SectionDetails: Hashable, Sendable {
    public var order: Double?
    public init() {}
}
