import DossierMustache

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

extension DocumentControlView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "productName": TemplateValue(self.productName)
        case "productVersion": TemplateValue(self.productVersion)
        case "productFields": TemplateValue(self.productFields)
        case "documentID": TemplateValue(self.documentID)
        case "documentTitle": TemplateValue(self.documentTitle)
        case "revision": TemplateValue(self.revision)
        case "date": TemplateValue(self.date)
        case "documentFields": TemplateValue(self.documentFields)
        case "approvals": TemplateValue(self.approvals)
        case "hasApprovals": TemplateValue(self.hasApprovals)
        case "generator": TemplateValue(self.generator)
        case "history": TemplateValue(self.history)
        case "hasHistory": TemplateValue(self.hasHistory)
        default: .null
        }
    }
}
