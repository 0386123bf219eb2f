import Mustache

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

extension SoftwareCategoryGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "obligation": self.obligation
        case "components": self.components
        case "isRequired": self.isRequired
        case "isUncategorised": self.isUncategorised
        default: nil
        }
    }
}
