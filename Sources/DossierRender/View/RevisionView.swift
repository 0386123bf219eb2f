import DossierMustache

/// One row of the revision history in the document control.
public struct RevisionView: Sendable {
    public var revision: String
    public var date: String
    public var summary: String
}

extension RevisionView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "revision": TemplateValue(self.revision)
        case "date": TemplateValue(self.date)
        case "summary": TemplateValue(self.summary)
        default: .null
        }
    }
}
