/// The stable identifiers of the rules (docs/rules.md). They are part of the
/// contract: `rules:` in dossier.yml, JSON, SARIF and JUnit all use them.
public enum RuleID: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case checklistDerivedRequirement = "checklist-derived-requirement"
    case phaseWithoutSecurityRequirements = "phase-without-security-requirements"
    case unmitigatedThreat = "unmitigated-threat"
    case threatPhaseNotCovered = "threat-phase-not-covered"
    case unsecuredFunctionalRequirement = "unsecured-functional-requirement"
    case riskAcceptanceWithoutRationale = "risk-acceptance-without-rationale"
    case safetyImpactWithoutHazard = "safety-impact-without-hazard"
    case failedVerification = "failed-verification"
    case unverifiedRequirement = "unverified-requirement"
    case threatWithoutAsset = "threat-without-asset"
    case orphanAsset = "orphan-asset"
    case controlCategoryNotAddressed = "control-category-not-addressed"
    case obsoleteReference = "obsolete-reference"
    case ambiguousWording = "ambiguous-wording"
    case possibleTypoField = "possible-typo-field"
    case draftItemInReleasedDocument = "draft-item-in-released-document"
    case interfaceNotThreatModeled = "interface-not-threat-modeled"
    case unsecuredInterface = "unsecured-interface"
    case noInterfaceInventory = "no-interface-inventory"
    case threatNotScored = "threat-not-scored"
    case residualRiskNotAcceptable = "residual-risk-not-acceptable"
    case residualRiskAboveInitial = "residual-risk-above-initial"
    case componentNotDocumented = "component-not-documented"
    case componentSupportUnknown = "component-support-unknown"
    case componentEndOfSupport = "component-end-of-support"
    case vulnerabilityNotAssessed = "vulnerability-not-assessed"
    case vulnerabilityDismissedWithoutJustification = "vulnerability-dismissed-without-justification"

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
