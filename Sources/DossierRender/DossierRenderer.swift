import DossierModel

/// The render stage: every output of SPEC §5 from one `RenderInput`, one
/// renderer per output, sorted by path so the write order never varies.
public struct DossierRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput) -> [OutputFile] {
        var files = SiteRenderer(templates: templates).render(input)
        files.append(SingleHTMLRenderer(templates: templates).render(input))
        files.append(MarkdownRenderer(templates: templates).render(input))
        files.append(JSONExportRenderer().render(input))
        files.append(TraceCSVRenderer().render(input))
        return files.sorted { Array($0.path.utf8).lexicographicallyPrecedes($1.path.utf8) }
    }
}
