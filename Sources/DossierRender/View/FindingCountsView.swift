import DossierMustache

struct FindingCountsView: Sendable {
    var major: Int
    var minor: Int
    var total: Int
    var isClean: Bool
    var hasMajor: Bool
    var items: Int
    /// "1 design input", "40 design inputs".
    var itemsText: String
    /// Findings with a recorded decision (dossier.yml `dispositions:`); `major` and `minor` count the open ones.
    var dispositioned: Int
}

extension FindingCountsView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "major": TemplateValue(self.major)
        case "minor": TemplateValue(self.minor)
        case "total": TemplateValue(self.total)
        case "isClean": TemplateValue(self.isClean)
        case "hasMajor": TemplateValue(self.hasMajor)
        case "items": TemplateValue(self.items)
        case "itemsText": TemplateValue(self.itemsText)
        case "dispositioned": TemplateValue(self.dispositioned)
        default: .null
        }
    }
}
