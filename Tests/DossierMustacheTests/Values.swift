@testable import DossierMustache

/// A view as the dossier's views are: a struct that answers for its members by name.
struct Row: TemplateObject {
    var name: String
    var note: String?
    var isFirst = false
    var tags: [String] = []

    func value(named key: String) -> TemplateValue {
        switch key {
        case "name": TemplateValue(name)
        case "note": TemplateValue(note)
        case "isFirst": TemplateValue(isFirst)
        case "tags": TemplateValue(tags)
        default: .null
        }
    }
}

/// Renders `template` with `context`, after registering `partials`.
func render(_ template: String, _ context: [String: TemplateValue], partials: [String: String] = [:],
            contentTypes: [String: any TemplateContentType] = [:]) throws -> String {
    var library = TemplateLibrary(contentTypes: contentTypes)
    for (name, text) in partials { try library.register(text, named: name) }
    try library.register(template, named: "test")
    return library.render(context, withTemplate: "test") ?? "no such template"
}
