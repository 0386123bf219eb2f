import DossierMustache

/// A link to an item, as shown in tables and lists.
struct ItemReferenceView: Sendable {
    var id: String
    var title: String
    var href: String
    var status: String
    var isObsolete: Bool
    /// A verification's result ("pass", "fail", "not-run"), shown beside it
    /// wherever it is referenced; empty for other items.
    var result: String
    var hasResult: Bool
    /// This reference as the `reference` template shows it, in this output.
    var rendered: String
    /// "added" or "changed" since the baseline of `build --baseline`; nil otherwise.
    var changeMark: String?
    /// The phases it applies in, by name, space-separated: what the filters
    /// of "All items" match.
    var phaseNames: String
    var hasFindings: Bool
}

extension ItemReferenceView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "id": TemplateValue(self.id)
        case "title": TemplateValue(self.title)
        case "href": TemplateValue(self.href)
        case "status": TemplateValue(self.status)
        case "isObsolete": TemplateValue(self.isObsolete)
        case "result": TemplateValue(self.result)
        case "hasResult": TemplateValue(self.hasResult)
        case "rendered": TemplateValue(self.rendered)
        case "changeMark": TemplateValue(self.changeMark)
        case "phaseNames": TemplateValue(self.phaseNames)
        case "hasFindings": TemplateValue(self.hasFindings)
        default: .null
        }
    }
}
