import DossierMustache

/// A link to an item, as shown in tables and lists.
public struct ItemReferenceView: Sendable {
    public var id: String
    public var title: String
    public var href: String
    public var status: String
    public var isObsolete: Bool
    /// A verification's result ("pass", "fail", "not-run"), shown beside it
    /// wherever it is referenced; empty for other items.
    public var result: String
    public var hasResult: Bool
    /// This reference as the `reference` template shows it, in this output.
    public var rendered: String
    /// "added" or "changed" since the baseline of `build --baseline`; nil otherwise.
    public var changeMark: String?
    /// The phases it applies in, by name, space-separated: what the filters
    /// of "All items" match.
    public var phaseNames: String
    public var hasFindings: Bool
}

extension ItemReferenceView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
