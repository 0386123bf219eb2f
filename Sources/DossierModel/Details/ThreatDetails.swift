public struct ThreatDetails: ItemDetailsType {
    public var stride: [StrideCategory] = []
    public var risk: RiskLevel?
    public var residualRisk: RiskLevel?
    public var safetyImpact = false
    public var treatment: ThreatTreatment = .mitigate
    public var rationale: String?
    public var cvss: String?
    public var vulnerabilities: [String] = []
    public var sources: [ThreatSource] = []
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Threat", plural: "Threats", idPrefix: "TH-", folder: "threats",
        skeletonBody: "Describe the attack: who, through which interface, in which phase, and what it does to the assets.",
        newHint: "list its assets, and link a security requirement to it with `threats:` (or set `treatment`)")

    public static let fields: [ItemField<Self>] = [
        .phases(required: true, help: "Lifecycle phases the threat applies in."),
        .choices("stride", \.stride, label: "STRIDE", help: "STRIDE categories."),
        .choice("risk", \.risk, label: "Risk", help: "Security risk before controls."),
        .choice("residual_risk", \.residualRisk, label: "Residual risk", help: "Security risk after controls."),
        .flag("safety_impact", \.safetyImpact, label: "Safety impact",
              help: "Exploiting it can harm a patient; link a hazard (ISO 14971)."),
        .choice("treatment", \.treatment, defaultValue: .mitigate, label: "Treatment",
                help: "Risk treatment; only mitigate asks for security requirements."),
        .text("rationale", \.rationale, label: "Rationale", help: "Why the risk is accepted or transferred."),
        .text("cvss", \.cvss, label: "CVSS", help: "CVSS vector string; a complete v3.1 base vector is shown with its base score."),
        .texts("vulnerabilities", \.vulnerabilities, label: "Vulnerabilities",
               help: "Known vulnerabilities of SBOM components it assesses, e.g. CVE-2024-3094."),
        .choices("sources", \.sources, label: "Lifecycle sources",
                 help: "Where in the product's life it comes from: supply chain, manufacturing, deployment, "
                    + "interoperation, maintenance and updates, decommissioning (FDA guidance §V.A.1)."),
        .link(.assets, help: "The assets it threatens.", reverse: "Threatened by"),
        .link(.hazards, help: "The hazards it can lead to (ISO 14971).", reverse: "Threats leading to it"),
        .link(.interfaces, help: "The interfaces the attack enters through, by id or title.",
              reverse: "Threats entering through it"),
    ]

    public var wrapped: ItemDetails { .threat(self) }
}
