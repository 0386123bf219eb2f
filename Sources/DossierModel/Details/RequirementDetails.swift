public struct RequirementDetails: ItemDetailsType {
    public var category: RequirementCategory?
    public var securityRelevant = false
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Software requirement", plural: "Software requirements", idPrefix: "REQ-", folder: "requirements",
        skeletonBody: "The system shall ...\n\nAcceptance: the measurable result that shows the requirement is met.",
        newHint: "add a verification with `verifies:` naming it (IEC 62304 §5.2.6)")

    public static let fields: [ItemField<Self>] = [
        .phases(help: "Lifecycle phases the requirement applies in."),
        .choice("category", \.category, label: "Category", help: "IEC 62304 §5.2.2 requirement category."),
        .flag("security_relevant", \.securityRelevant, label: "Security-relevant",
              help: "An interface, connection or data flow that needs securing."),
        .link(.hazards, help: "The hazards it controls (a risk control measure).", reverse: "Risk control requirements"),
        .link(.interfaces, help: "The interfaces it is about; makes it security-relevant.",
              reverse: "Requirements about it"),
    ]

    public var wrapped: ItemDetails { .requirement(self) }
}
