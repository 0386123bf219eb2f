/// Named templates, parsed once, that include one another as partials.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]
    private let contentTypes: [String: any TemplateContentType]
    private static let defaultContentType = HTMLContentType()

    /// A library whose templates may select `HTML` (the default), `TEXT`
    /// or one of `contentTypes` with `{{% CONTENT_TYPE: NAME}}`.
    public init(contentTypes: [String: any TemplateContentType] = [:]) {
        self.contentTypes = ["HTML": HTMLContentType(), "TEXT": TextContentType()]
            .merging(contentTypes) { _, given in given }
    }

    /// Parses `text` as the template `name`, replacing any of that name.
    public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text, contentTypes: contentTypes)
        templates[name] = try parser.parse()
    }

    /// The template `name` rendered with `context`; nil when there is no such template.
    public func render(_ context: some TemplateValueConvertible, withTemplate name: String) -> String? {
        guard let nodes = templates[name] else { return nil }
        var output = ""
        var renderer = renderer(for: context)
        renderer.render(nodes, setting, into: &output)
        return output
    }

    /// Renders the template `name` and hands its text to `take` in parts of
    /// at least `partSize` bytes (the last may be shorter), each cut after one
    /// of the template's top-level tags, so a long document need not be held
    /// whole. Nothing is handed over when there is no such template.
    public func render(_ context: some TemplateValueConvertible, withTemplate name: String, partSize: Int,
                       to take: (String) throws -> Void) rethrows {
        guard let nodes = templates[name] else { return }
        var renderer = renderer(for: context)
        var setting = setting
        var output = ""
        for node in nodes {
            renderer.render(node, &setting, into: &output)
            if output.utf8.count >= partSize {
                try take(output)
                output = ""
            }
        }
        if !output.isEmpty { try take(output) }
    }

    private var setting: TemplateRenderer.Setting {
        TemplateRenderer.Setting(contentType: Self.defaultContentType)
    }

    private func renderer(for context: some TemplateValueConvertible) -> TemplateRenderer {
        TemplateRenderer(templates: templates, defaultContentType: Self.defaultContentType,
                         root: context.templateValue)
    }
}
