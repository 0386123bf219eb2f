import DossierModel

/// The render stage: every output of `build` from one `RenderInput`, one
/// renderer per output. Files go to a sink as soon as they are rendered, and
/// the two documents in parts as they are rendered, so a large build holds a
/// batch of pages or items in memory, never the whole output.
public struct DossierRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        // The single-file outputs are independent of each other and of the
        // site: render them side by side, and hand each over the moment it is
        // done. The two documents take turns, as each holds its chapters
        // before the items (140 MB of dossier.html at 100,000 items) while it
        // renders them, and renders its items on every core anyway.
        let templates = self.templates
        let singles: [@Sendable () throws -> Void] = [
            {
                try SingleHTMLRenderer(templates: templates).render(input, to: sink)
                try MarkdownRenderer(templates: templates).render(input, to: sink)
            },
            {
                try ReqIFRenderer().render(input, to: sink)
                try JSONExportRenderer().render(input, to: sink)
                try sink.add([TraceCSVRenderer().render(input)])
            },
        ]
        try runSideBySide(singles)
        try SiteRenderer(templates: templates).render(input, to: sink)
    }
}
