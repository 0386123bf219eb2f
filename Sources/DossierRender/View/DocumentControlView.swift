/// The cover and document control block of every output (ISO 13485 §7.3.3:
/// design inputs reviewed, approved and recorded).
public struct DocumentControlView: Sendable {
    public var productName: String
    public var productVersion: String
    public var productFields: [FieldView]
    public var documentID: String
    public var documentTitle: String
    public var revision: String
    public var date: String
    public var documentFields: [FieldView]
    public var approvals: [ApprovalView]
    public var hasApprovals: Bool
    /// The tool and version that produced the output, "dossier 2.0.0".
    public var generator: String
}

public struct ApprovalView: Sendable {
    public var role: String
    public var name: String
    public var date: String
}

public struct FindingCountsView: Sendable {
    public var major: Int
    public var minor: Int
    public var total: Int
    public var isClean: Bool
    public var hasMajor: Bool
    public var items: Int
    /// "1 design input", "40 design inputs".
    public var itemsText: String
}
