public struct VerificationDetails: ItemDetailsType {
    public var method: VerificationMethod?
    public var result: VerificationResult = .notRun
    public var evidence: String?
    public init() {}

    public static let fields: [ItemField<Self>] = [
        .choice("method", \.method, label: "Method", help: "How it is verified."),
        .choice("result", \.result, defaultValue: .notRun, label: "Result", help: "Outcome of the last run."),
        .text("evidence", \.evidence, label: "Evidence", help: "Path or URL of the report.", linksWebAddresses: true),
        .link(.verifies, help: "The requirements and security requirements it verifies."),
    ]
}
