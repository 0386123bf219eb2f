import DossierMustache

struct ControlCategoryView: Sendable {
    var name: String
    var title: String
    var requirements: [ItemReferenceView]
    var justification: String?
    var isGap: Bool

    /// The key authors write in `category:`, when the title does not say
    /// it already ("Authentication authentication" read as a stutter).
    var key: String? { title.lowercased() == name ? nil : name }
}

extension ControlCategoryView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
