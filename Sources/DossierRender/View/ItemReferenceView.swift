import Mustache

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
}

extension ItemReferenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "href": self.href
        case "status": self.status
        case "isObsolete": self.isObsolete
        case "result": self.result
        case "hasResult": self.hasResult
        case "rendered": self.rendered
        case "changeMark": self.changeMark
        default: nil
        }
    }
}
