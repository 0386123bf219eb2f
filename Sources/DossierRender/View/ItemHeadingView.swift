import Mustache

/// What names an item wherever it is shown whole: its heading and the line
/// under it. Templates read these fields straight from the item
/// (`{{title}}`); both item views pass lookups they do not answer to it.
public struct ItemHeadingView: Sendable {
    public var id: String
    public var anchor: String
    public var title: String
    public var type: String
    public var typeTitle: String
    public var status: String
    public var file: String
    /// "added" or "changed" since the baseline of `build --baseline`; nil otherwise.
    public var changeMark: String?
}

extension ItemHeadingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "anchor": self.anchor
        case "title": self.title
        case "type": self.type
        case "typeTitle": self.typeTitle
        case "status": self.status
        case "file": self.file
        case "changeMark": self.changeMark
        default: nil
        }
    }
}
