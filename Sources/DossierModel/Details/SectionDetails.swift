public struct SectionDetails: ItemDetailsType {
    public var order: Double?
    public var view: ArchitectureView?
    /// Model diagrams drawn after the text, each `file#diagram name`.
    public var diagrams: [String] = []
    /// The line of each value of `diagrams`, for the error that one names no
    /// diagram; not a field of its own.
    public var diagramLines: [Int] = []
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Section", plural: "Narrative sections", idPrefix: "SEC-", folder: "sections",
        skeletonBody: "Narrative text of the chapter.")

    public static let fields: [ItemField<Self>] = [
        .number("order", \.order, label: "Order", help: "Position among the narrative chapters."),
        .choice("view", \.view, label: "Architecture view",
                help: "The security architecture view it is (FDA premarket guidance §V.B.2); such sections form "
                    + "the Security architecture chapter."),
        .texts("diagrams", \.diagrams, label: "Diagrams",
               help: "Diagrams of the threat model drawn after the text, each `file#diagram name`, the file as "
                   + "listed under threat_model.files."),
    ]

    public var wrapped: ItemDetails { .section(self) }
}
