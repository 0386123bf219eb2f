import DossierModel

/// One front-matter field as SPEC §2.2 defines it, for the schema. The value
/// lists come from the model's enums and the link fields from `LinkField`,
/// so the schema cannot drift from what the parser accepts.
public struct FrontMatterField: Sendable {
    public enum Kind: Sendable {
        /// Letters, digits, `-`, `_`, `.`; starts with a letter.
        case identifier
        case text
        /// `true`/`false`, or `yes`/`no` in any case.
        case flag
        case number
        /// One of a fixed list.
        case choice([String])
        /// One or a list of values from a fixed list.
        case choices([String])
        /// One or a list of text values.
        case texts
        /// One or a list of the project's phases (dossier.yml `phases:`).
        case phases
        /// One or a list of item ids.
        case link(LinkField)
    }

    public var name: String
    public var kind: Kind
    public var description: String
    public var isRequired: Bool

    public init(_ name: String, _ kind: Kind, _ description: String, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.description = description
        self.isRequired = required
    }

    /// The fields every item has.
    public static let common: [FrontMatterField] = [
        .init("id", .identifier, "Unique across the project, e.g. TH-007 or SR-AUTH-3.", required: true),
        .init("type", .choice(ItemType.allCases.map(\.rawValue)), "The kind of design input.", required: true),
        .init("title", .text, "One line.", required: true),
        .init("status", .choice(ItemStatus.allowedValues), "Review state; draft when absent. Obsolete items count for nothing."),
        .init("tags", .texts, "Free labels."),
    ]

    /// The fields of one type, links last, in the order of SPEC §2.2.
    public static func fields(of type: ItemType) -> [FrontMatterField] {
        ownFields(of: type) + LinkField.fields(of: type).map { field in
            let targets = field.targetTypes.map(\.rawValue).joined(separator: " or ")
            return .init(field.rawValue, .link(field), "\(field.forwardTitle): ids of \(targets) items.")
        }
    }

    private static func ownFields(of type: ItemType) -> [FrontMatterField] {
        switch type {
        case .threat:
            [
                .init("phases", .phases, "Lifecycle phases the threat applies in.", required: true),
                .init("stride", .choices(StrideCategory.allowedValues), "STRIDE categories."),
                .init("interfaces", .texts, "Entry points the attack uses."),
                .init("risk", .choice(RiskLevel.allowedValues), "Security risk before controls."),
                .init("residual_risk", .choice(RiskLevel.allowedValues), "Security risk after controls."),
                .init("safety_impact", .flag, "Exploiting it can harm a patient; link a hazard (ISO 14971)."),
                .init("treatment", .choice(ThreatTreatment.allowedValues), "Risk treatment; mitigate when absent."),
                .init("rationale", .text, "Why the risk is accepted or transferred."),
                .init("cvss", .text, "CVSS vector string."),
            ]
        case .securityRequirement:
            [
                .init("phases", .phases, "Lifecycle phases the requirement covers.", required: true),
                .init("source", .choice(RequirementSource.allowedValues), "Where it came from; threat-model when absent."),
                .init("category", .choice(ControlCategory.allowedValues), "FDA Appendix 1 control category."),
                .init("references", .texts, "Standards and clauses, e.g. IEC 81001-5-1 §5.2.1."),
                .init("rationale", .text, "Why this requirement controls the threat."),
            ]
        case .requirement:
            [
                .init("category", .choice(RequirementCategory.allowedValues), "IEC 62304 §5.2.2 requirement category."),
                .init("phases", .phases, "Lifecycle phases the requirement applies in."),
                .init("security_relevant", .flag, "An interface, connection or data flow that needs securing."),
            ]
        case .asset:
            [.init("properties", .choices(SecurityProperty.allowedValues), "Security properties that matter.")]
        case .hazard:
            [
                .init("harm", .text, "The harm to the patient or user."),
                .init("severity", .choice(HarmSeverity.allowedValues), "Severity of the harm (ISO 14971)."),
            ]
        case .verification:
            [
                .init("method", .choice(VerificationMethod.allowedValues), "How it is verified."),
                .init("result", .choice(VerificationResult.allowedValues), "Outcome; not-run when absent."),
                .init("evidence", .text, "Path or URL of the report."),
            ]
        case .section:
            [.init("order", .number, "Position among the narrative chapters.")]
        }
    }
}
