/// A parsed template: what each tag does, decided once when the template is
/// registered, so rendering never reads template text again.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` and `{{&name}}`.
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateNode])
    case invertedSection(TemplatePath, [TemplateNode])
    /// `{{>name}}`; a partial alone on its line indents every line it writes
    /// as far as the tag was indented. `{{<parent}}…{{/parent}}` is a partial
    /// with `blocks` in place of its own.
    case partial(PartialName, indentation: String?, blocks: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}`: replaced by a block of the same name from an enclosing `{{<parent}}`.
    /// A block alone on its line indents what replaces it as far as its default's first line is indented.
    case block(String, defaultNodes: [TemplateNode], indentation: String?, intrinsicIndentation: String)
    /// `{{% CONTENT_TYPE: NAME}}`: how the tags after it escape.
    case contentType(any TemplateContentType)
}

/// The template a partial tag includes.
enum PartialName: Sendable {
    case named(String)
    /// `{{>*name}}`: the template named by the value of `name`.
    case dynamic(TemplatePath)
}

/// A tag's name, split at its dots when the template is parsed.
struct TemplatePath: Sendable, Equatable {
    enum Start: Sendable {
        /// `{{.}}`: the value the innermost section is on.
        case current
        /// `{{.name}}`: a member of that value only, without looking further out.
        case innermost
        /// `{{name}}`: the innermost value on the stack that has `name`.
        case stack
    }

    let start: Start
    let names: [String]

    init(_ text: String) {
        if text == "." {
            start = .current
        } else {
            start = text.hasPrefix(".") ? .innermost : .stack
        }
        names = text.split(separator: ".").map(String.init)
    }
}
