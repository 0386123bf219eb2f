import Mustache

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

extension ControlCategoryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "requirements": self.requirements
        case "justification": self.justification
        case "isGap": self.isGap
        case "key": self.key
        default: nil
        }
    }
}
