import DossierMustache

/// The component items of one IEC 81001-5-1 software category (ISH1:2025),
/// with what the category asks of the manufacturer; last, those in none.
struct SoftwareCategoryGroupView: Sendable {
    var name: String
    var title: String
    var obligation: String
    var components: [ComponentView]
    /// Required software: its transfer of risk is stated in the labeling.
    var isRequired: Bool
    /// The group of components without a category (`software-category-missing`).
    var isUncategorised: Bool
}

extension SoftwareCategoryGroupView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "obligation": TemplateValue(self.obligation)
        case "components": TemplateValue(self.components)
        case "isRequired": TemplateValue(self.isRequired)
        case "isUncategorised": TemplateValue(self.isUncategorised)
        default: .null
        }
    }
}
