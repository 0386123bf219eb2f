import DossierModel

/// Every rule, in the order of SPEC §3.
public enum RuleCatalog {
    public static let all: [any Rule] = [
        ChecklistDerivedRequirementRule(),
        PhaseWithoutSecurityRequirementsRule(),
        UnmitigatedThreatRule(),
        ThreatPhaseNotCoveredRule(),
        UnsecuredFunctionalRequirementRule(),
        RiskAcceptanceWithoutRationaleRule(),
        SafetyImpactWithoutHazardRule(),
        FailedVerificationRule(),
        UnverifiedRequirementRule(),
        ThreatWithoutAssetRule(),
        OrphanAssetRule(),
        ControlCategoryNotAddressedRule(),
        ObsoleteReferenceRule(),
        AmbiguousWordingRule(),
    ]

    public static func rule(_ id: RuleID) -> any Rule {
        all.first { $0.id == id }!
    }
}
