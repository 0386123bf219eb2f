import DossierMustache

/// One row of a field table: a name and its value, as text or as a link.
struct FieldView: Sendable {
    var name: String
    var value: String
    /// Set only for http(s) URLs; other values are shown as text, never as
    /// links into the local file system.
    var href: String?
    /// Whether `href` is set. Templates test this rather than `href`: a
    /// section on a missing `href` searches every enclosing view for one,
    /// and each lookup is a dynamic cast.
    var isLink: Bool

    init(name: String, value: String, href: String?) {
        self.name = name
        self.value = value
        self.href = href
        self.isLink = href != nil
    }
}

extension FieldView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "value": TemplateValue(self.value)
        case "href": TemplateValue(self.href)
        case "isLink": TemplateValue(self.isLink)
        default: .null
        }
    }
}
