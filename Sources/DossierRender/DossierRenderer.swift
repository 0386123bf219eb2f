import DossierModel

/// The render stage: every output of `build` from one `RenderInput`, one
/// renderer per output. Files go to a sink as soon as they are rendered, so a
/// large build holds a batch of pages in memory, never the whole output.
public struct DossierRenderer {
    /// Takes rendered files; called from several threads at once.
    public typealias Sink = @Sendable ([OutputFile]) throws -> Void

    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput, to sink: @escaping Sink) throws {
        // The single-file outputs are independent of each other and of the
        // site: render them side by side (the two documents also render their
        // items on every core), and hand each over the moment it is done.
        // Rendering the two documents one after the other would hold less in
        // memory (310 against 400 MiB at 10,000 items) but took a second
        // longer, as each ends in a long pass on one core.
        let templates = self.templates
        let singles: [@Sendable () -> OutputFile] = [
            { SingleHTMLRenderer(templates: templates).render(input) },
            { MarkdownRenderer(templates: templates).render(input) },
            { JSONExportRenderer().render(input) },
            { TraceCSVRenderer().render(input) },
            { ReqIFRenderer().render(input) },
        ]
        let failure = FirstFailure<any Error>()
        _ = singles.parallelMap { render in
            guard !failure.happened else { return }
            do { try sink([render()]) } catch { failure.record(error) }
        }
        try failure.rethrow()
        try SiteRenderer(templates: templates).render(input, to: sink)
    }
}
