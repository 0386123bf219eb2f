public struct AssetDetails: ItemDetailsType {
    public var properties: [SecurityProperty] = []
    public init() {}

    public static let fields: [ItemField<Self>] = [
        .choices("properties", \.properties, label: "Properties", help: "Security properties that matter."),
    ]
}
