import Mustache

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

extension FindingCountsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "major": self.major
        case "minor": self.minor
        case "total": self.total
        case "isClean": self.isClean
        case "hasMajor": self.hasMajor
        case "items": self.items
        case "itemsText": self.itemsText
        case "dispositioned": self.dispositioned
        default: nil
        }
    }
}
