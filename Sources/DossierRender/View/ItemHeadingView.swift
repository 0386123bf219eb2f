import DossierMustache

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

extension ItemHeadingView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "id": TemplateValue(self.id)
        case "anchor": TemplateValue(self.anchor)
        case "title": TemplateValue(self.title)
        case "type": TemplateValue(self.type)
        case "typeTitle": TemplateValue(self.typeTitle)
        case "status": TemplateValue(self.status)
        case "file": TemplateValue(self.file)
        case "changeMark": TemplateValue(self.changeMark)
        default: .null
        }
    }
}
