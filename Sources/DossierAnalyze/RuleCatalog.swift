import DossierModel

/// Every rule the analyzer runs. A test holds this list and `RuleID` to one
/// another, so a rule cannot be written and never run.
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
        PossibleTypoFieldRule(),
        DraftItemInReleasedDocumentRule(),
        InterfaceNotThreatModeledRule(),
        UnsecuredInterfaceRule(),
        NoInterfaceInventoryRule(),
        ThreatNotScoredRule(),
        ResidualRiskNotAcceptableRule(),
        ResidualRiskAboveInitialRule(),
        SuspectLinkRule(),
        StaleDispositionRule(),
        HazardWithoutRiskControlRule(),
        MitigationNotAdversariallyTestedRule(),
        MissingAcceptanceCriteriaRule(),
        RiskTransferWithoutLabelingRule(),
        DecommissioningGuidanceMissingRule(),
        EndOfSupportMissingRule(),
        ComponentNotDocumentedRule(),
        ComponentSupportUnknownRule(),
        ComponentEndOfSupportRule(),
        VulnerabilityNotAssessedRule(),
        VulnerabilityDismissedWithoutJustificationRule(),
        ThreatNotTriagedRule(),
        ThreatDismissedWithoutJustificationRule(),
        ThreatModelStaleRule(),
        ThreatModelMethodMissingRule(),
        InvalidImageRule(),
        ResidualRiskContradictedRule(),
        VerificationNotRunRule(),
        NoSBOMRule(),
        DocumentControlInconsistentRule(),
        IDDiffersFromFileNameRule(),
        ArchitectureViewMissingRule(),
        SecurityRequirementsNotReviewedRule(),
        ChangedSinceReviewRule(),
        ReviewRolesIncompleteRule(),
        SoftwareCategoryMissingRule(),
        RequiredSoftwareNotInLabelingRule(),
        ThreatSourceNotConsideredRule(),
    ]

    private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: RuleID) -> any Rule { byID[id]! }
}
