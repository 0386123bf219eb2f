import DossierMustache

/// What names an item wherever it is shown whole: its heading and the line
/// under it. Templates read these fields straight from the item
/// (`{{title}}`); both item views pass lookups they do not answer to it.
struct ItemHeadingView: Sendable {
    var id: String
    var anchor: String
    var title: String
    var type: String
    var typeTitle: String
    var status: String
    var file: String
    /// "added" or "changed" since the baseline of `build --baseline`; nil otherwise.
    var changeMark: String?
}

extension ItemHeadingView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
