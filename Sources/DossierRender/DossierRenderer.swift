import DossierModel

/// The render stage: every output of SPEC §5 from one `RenderInput`, one
/// renderer per output, sorted by path so the write order never varies.
public struct DossierRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput) -> [OutputFile] {
        // The single-file outputs are independent of each other and of the
        // site: render them side by side (the two documents also render their
        // items on every core, and the site its pages).
        let templates = self.templates
        let singles: [@Sendable () -> OutputFile] = [
            { SingleHTMLRenderer(templates: templates).render(input) },
            { MarkdownRenderer(templates: templates).render(input) },
            { JSONExportRenderer().render(input) },
            { TraceCSVRenderer().render(input) },
        ]
        var files = singles.parallelMap { $0() }
        files += SiteRenderer(templates: templates).render(input)
        return files.sorted { ByteOrder.precedes($0.path, $1.path) }
    }
}
