import DossierMustache

/// The cover and document control block of every output (ISO 13485 §7.3.3:
/// design inputs reviewed, approved and recorded).
struct DocumentControlView: Sendable {
    var productName: String
    var productVersion: String
    var productFields: [FieldView]
    var documentID: String
    var documentTitle: String
    var revision: String
    var date: String
    var documentFields: [FieldView]
    var approvals: [ApprovalView]
    var hasApprovals: Bool
    /// The tool and version that produced the output, "dossier 2.0.0".
    var generator: String
    /// `document.history`, oldest first.
    var history: [RevisionView]
    var hasHistory: Bool
}

extension DocumentControlView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
