import DossierMustache

/// The labeling items of one kind: one part of the security section of the
/// instructions for use (IEC 81001-5-1 §5.8; FDA guidance §VI.A).
public struct LabelingGroupView: Sendable {
    public var name: String
    public var title: String
    public var entries: [LabelingEntryView]
}

extension LabelingGroupView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "entries": TemplateValue(self.entries)
        default: .null
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

extension LabelingEntryView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "item": TemplateValue(self.item)
        case "document": TemplateValue(self.document)
        case "body": TemplateValue(self.body)
        case "threats": TemplateValue(self.threats)
        case "requirements": TemplateValue(self.requirements)
        case "hasThreats": TemplateValue(self.hasThreats)
        case "hasRequirements": TemplateValue(self.hasRequirements)
        case "components": TemplateValue(self.components)
        case "hasComponents": TemplateValue(self.hasComponents)
        default: .null
        }
    }
}
