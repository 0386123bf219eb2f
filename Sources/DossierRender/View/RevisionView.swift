import DossierMustache

/// One row of the revision history in the document control.
struct RevisionView: Sendable {
    var revision: String
    var date: String
    var summary: String
}

extension RevisionView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "revision": TemplateValue(self.revision)
        case "date": TemplateValue(self.date)
        case "summary": TemplateValue(self.summary)
        default: .null
        }
    }
}
