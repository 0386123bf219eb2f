import Mustache

/// The labeling items of one kind: one part of the security section of the
/// instructions for use (IEC 81001-5-1 §5.8; FDA guidance §VI.A).
public struct LabelingGroupView: Sendable {
    public var name: String
    public var title: String
    public var entries: [LabelingEntryView]
}

extension LabelingGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "entries": self.entries
        default: nil
        }
    }
}

/// One statement for the user: where it goes, its text, the risks it
/// discloses and the controls it asks the user to apply.
public struct LabelingEntryView: Sendable {
    public var item: ItemReferenceView
    public var document: String?
    /// The statement's text in the output's format, from its body.
    public var body: String
    public var threats: [ItemReferenceView]
    public var requirements: [ItemReferenceView]
    /// The third-party software its text speaks of (`components`).
    public var components: [ItemReferenceView]
    public var hasThreats: Bool
    public var hasRequirements: Bool
    public var hasComponents: Bool
}

extension LabelingEntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "item": self.item
        case "document": self.document
        case "body": self.body
        case "threats": self.threats
        case "requirements": self.requirements
        case "hasThreats": self.hasThreats
        case "hasRequirements": self.hasRequirements
        case "components": self.components
        case "hasComponents": self.hasComponents
        default: nil
        }
    }
}
