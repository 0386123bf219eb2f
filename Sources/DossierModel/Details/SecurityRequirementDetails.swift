public struct SecurityRequirementDetails: ItemDetailsType {
    public var source: RequirementSource = .threatModel
    public var category: ControlCategory?
    public var references: [String] = []
    public var rationale: String?
    public var acceptanceCriteria: String?
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Security requirement", plural: "Security requirements", idPrefix: "SR-", folder: "security",
        skeletonBody: "The system shall ...\n\nAcceptance: the measurable result that shows the requirement is met.",
        newHint: "list the threats it mitigates under `threats:` (IEC 81001-5-1 §5.2.1), and add a verification")

    public static let fields: [ItemField<Self>] = [
        .phases(required: true, help: "Lifecycle phases the requirement covers."),
        .choice("source", \.source, defaultValue: .threatModel, label: "Source",
                help: "Where it came from; only a link to a threat makes it threat-derived."),
        .choice("category", \.category, label: "Control category", help: "FDA Appendix 1 control category."),
        .texts("references", \.references, label: "References",
               help: "Standards and clauses, e.g. IEC 81001-5-1 §5.2.1.", separator: "; "),
        .text("rationale", \.rationale, label: "Rationale", help: "Why this requirement controls the threat."),
        .text("acceptance_criteria", \.acceptanceCriteria, label: "Acceptance criteria",
              help: "How a verifier decides pass or fail (FDA guidance §V.B.1)."),
        .link(.threats, help: "The threats it mitigates (IEC 81001-5-1 §5.2.1).", reverse: "Mitigated by"),
        .link(.refines, help: "The software requirements it secures.", reverse: "Secured by"),
        .link(.interfaces, help: "The interfaces it protects, by id or title.", reverse: "Protected by"),
        .link(.hazards, help: "The hazards it controls: a security control that is also an ISO 14971 risk control.",
              reverse: "Risk control requirements"),
    ]

    public var wrapped: ItemDetails { .securityRequirement(self) }
}
