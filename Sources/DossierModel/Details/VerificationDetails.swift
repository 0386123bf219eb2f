public struct VerificationDetails: ItemDetailsType {
    public var method: VerificationMethod?
    public var result: VerificationResult = .notRun
    public var evidence: String?
    public var kind: VerificationKind = .requirementTest
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Verification", plural: "Verifications", idPrefix: "VER-", folder: "verification",
        skeletonBody: "Set-up, procedure and pass criteria.",
        newHint: "list the requirements it verifies under `verifies:`, or the threats it attacks under `threats:`; "
            + "`check` stops with an error until one of them names an item")

    public static let fields: [ItemField<Self>] = [
        .choice("method", \.method, label: "Method", help: "How it is verified."),
        .choice("result", \.result, defaultValue: .notRun, label: "Result", help: "Outcome of the last run."),
        .text("evidence", \.evidence, label: "Evidence", help: "Path or URL of the report.", linksWebAddresses: true),
        .choice("kind", \.kind, defaultValue: .requirementTest, label: "Kind",
                help: "What it does: test a requirement, or attack a mitigation (IEC 81001-5-1 §5.7)."),
        .link(.verifies, help: "The requirements and security requirements it verifies.", reverse: "Verified by"),
        .link(.threats, help: "The threats it attacks; a verifies link is still needed to verify a requirement.",
              reverse: "Tested by"),
    ]

    public var wrapped: ItemDetails { .verification(self) }
}
