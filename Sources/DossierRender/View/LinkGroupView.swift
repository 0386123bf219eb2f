import Mustache

public struct LinkGroupView: Sendable {
    public var title: String
    public var items: [ItemReferenceView]
}

extension LinkGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "items": self.items
        default: nil
        }
    }
}
