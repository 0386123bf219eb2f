import DossierMustache

public struct FindingCountsView: Sendable {
    public var major: Int
    public var minor: Int
    public var total: Int
    public var isClean: Bool
    public var hasMajor: Bool
    public var items: Int
    /// "1 design input", "40 design inputs".
    public var itemsText: String
    /// Findings with a recorded decision (dossier.yml `dispositions:`); `major` and `minor` count the open ones.
    public var dispositioned: Int
}

extension FindingCountsView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
