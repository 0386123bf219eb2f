import DossierMustache

/// The labeling items of one kind: one part of the security section of the
/// instructions for use (IEC 81001-5-1 §5.8; FDA guidance §VI.A).
struct LabelingGroupView: Sendable {
    var name: String
    var title: String
    var entries: [LabelingEntryView]
}

extension LabelingGroupView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
struct LabelingEntryView: Sendable {
    var item: ItemReferenceView
    var document: String?
    /// The statement's text in the output's format, from its body.
    var body: String
    var threats: [ItemReferenceView]
    var requirements: [ItemReferenceView]
    /// The third-party software its text speaks of (`components`).
    var components: [ItemReferenceView]
    var hasThreats: Bool
    var hasRequirements: Bool
    var hasComponents: Bool
}

extension LabelingEntryView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
