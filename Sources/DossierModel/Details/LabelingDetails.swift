/// One statement of the accompanying documentation (IEC 81001-5-1 §5.8;
/// FDA premarket cybersecurity guidance §VI.A; MDR Annex I 23.4).
public struct LabelingDetails: ItemDetailsType {
    public var kind: LabelingKind?
    public var document: String?
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Labeling", plural: "Accompanying documentation", idPrefix: "LB-", folder: "labeling",
        skeletonBody: "What the user must do or know, worded as it goes into the instructions for use.",
        newHint: "list the threats it discloses under `threats:` and the controls it explains to the user (those the "
            + "user applies, or relies on) under `requirements:`")

    public static let fields: [ItemField<Self>] = [
        .choice("kind", \.kind, label: "Kind", help: "The part of the instructions it belongs to.", required: true),
        .text("document", \.document, label: "Document",
              help: "The manual and section it goes into, e.g. IFU §9.3."),
        .link(.threats, help: "The risks it discloses, or whose transfer it states.", reverse: "Disclosed in"),
        .link(.requirements, help: "The controls it explains to the user: those the user applies, or relies on.",
              reverse: "Instructed in"),
        .link(.components, help: "The third-party software its text speaks of: required software's transfer of risk "
                + "is stated here (IEC 81001-5-1 ISH1:2025).", reverse: "Stated in"),
    ]

    public var wrapped: ItemDetails { .labeling(self) }
}
