import Mustache

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
    /// `document.history`, oldest first.
    public var history: [RevisionView]
    public var hasHistory: Bool
}

extension DocumentControlView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "productName": self.productName
        case "productVersion": self.productVersion
        case "productFields": self.productFields
        case "documentID": self.documentID
        case "documentTitle": self.documentTitle
        case "revision": self.revision
        case "date": self.date
        case "documentFields": self.documentFields
        case "approvals": self.approvals
        case "hasApprovals": self.hasApprovals
        case "generator": self.generator
        case "history": self.history
        case "hasHistory": self.hasHistory
        default: nil
        }
    }
}
