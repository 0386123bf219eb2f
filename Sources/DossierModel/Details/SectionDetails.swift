public struct SectionDetails: ItemDetailsType {
    public var order: Double?
    public init() {}

    public static let fields: [ItemField<Self>] = [
        .number("order", \.order, label: "Order", help: "Position among the narrative chapters."),
    ]
}
