import DossierModel

/// The type-specific fields of SPEC §2.2, one reader per type.
enum DetailsReader {
    static func read(_ type: ItemType, from fields: inout FieldReader) -> ItemDetails {
        switch type {
        case .threat: .threat(threat(&fields))
        case .securityRequirement: .securityRequirement(securityRequirement(&fields))
        case .requirement: .requirement(requirement(&fields))
        case .asset: .asset(asset(&fields))
        case .hazard: .hazard(hazard(&fields))
        case .verification: .verification(verification(&fields))
        case .section: .section(section(&fields))
        }
    }

    private static func threat(_ fields: inout FieldReader) -> ThreatDetails {
        var details = ThreatDetails()
        details.stride = fields.choices("stride")
        details.interfaces = fields.strings("interfaces")
        details.risk = fields.choice("risk")
        details.residualRisk = fields.choice("residual_risk")
        details.safetyImpact = fields.flag("safety_impact") ?? false
        details.treatment = fields.choice("treatment") ?? .mitigate
        details.rationale = nonBlank(fields.text("rationale"))
        details.cvss = nonBlank(fields.text("cvss"))
        return details
    }

    private static func securityRequirement(_ fields: inout FieldReader) -> SecurityRequirementDetails {
        var details = SecurityRequirementDetails()
        details.source = fields.choice("source") ?? .threatModel
        details.category = fields.choice("category")
        details.references = fields.strings("references")
        details.rationale = nonBlank(fields.text("rationale"))
        return details
    }

    private static func requirement(_ fields: inout FieldReader) -> RequirementDetails {
        var details = RequirementDetails()
        details.category = fields.choice("category")
        details.securityRelevant = fields.flag("security_relevant") ?? false
        return details
    }

    private static func asset(_ fields: inout FieldReader) -> AssetDetails {
        var details = AssetDetails()
        details.properties = fields.choices("properties")
        return details
    }

    private static func hazard(_ fields: inout FieldReader) -> HazardDetails {
        var details = HazardDetails()
        details.harm = nonBlank(fields.text("harm"))
        details.severity = fields.choice("severity")
        return details
    }

    private static func section(_ fields: inout FieldReader) -> SectionDetails {
        var details = SectionDetails()
        details.order = fields.number("order")
        return details
    }

    private static func verification(_ fields: inout FieldReader) -> VerificationDetails {
        var details = VerificationDetails()
        details.method = fields.choice("method")
        details.result = fields.choice("result") ?? .notRun
        details.evidence = nonBlank(fields.text("evidence"))
        return details
    }

    /// Text that is only white space says nothing: a rationale of "" is none.
    private static func nonBlank(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }
}
