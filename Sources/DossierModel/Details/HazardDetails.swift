public struct HazardDetails: ItemDetailsType {
    public var harm: String?
    public var severity: HarmSeverity?
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Hazard", plural: "Hazards", idPrefix: "HZ-", folder: "hazards",
        skeletonBody: "The hazardous situation and how it leads to the harm.")

    public static let fields: [ItemField<Self>] = [
        .text("harm", \.harm, label: "Harm", help: "The harm to the patient or user."),
        .choice("severity", \.severity, label: "Severity", help: "Severity of the harm (ISO 14971)."),
    ]

    public var wrapped: ItemDetails { .hazard(self) }
}
