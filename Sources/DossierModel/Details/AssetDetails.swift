public struct AssetDetails: ItemDetailsType {
    public var properties: [SecurityProperty] = []
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Asset", plural: "Assets", idPrefix: "AS-", folder: "assets",
        skeletonBody: "What the asset is, where it is stored and sent, and why each property matters.",
        newHint: "link a threat to it with `assets:`")

    public static let fields: [ItemField<Self>] = [
        .choices("properties", \.properties, label: "Properties", help: "Security properties that matter."),
    ]

    public var wrapped: ItemDetails { .asset(self) }
}
