import DossierMustache

public struct ControlCategoryView: Sendable {
    public var name: String
    public var title: String
    public var requirements: [ItemReferenceView]
    public var justification: String?
    public var isGap: Bool

    /// The key authors write in `category:`, when the title does not say
    /// it already ("Authentication authentication" read as a stutter).
    public var key: String? { title.lowercased() == name ? nil : name }
}

extension ControlCategoryView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "requirements": TemplateValue(self.requirements)
        case "justification": TemplateValue(self.justification)
        case "isGap": TemplateValue(self.isGap)
        case "key": TemplateValue(self.key)
        default: .null
        }
    }
}
