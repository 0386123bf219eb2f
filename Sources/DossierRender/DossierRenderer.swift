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
        // The outputs are independent of each other: render them side by
        // side, and hand each over the moment it is done. The two documents
        // and the site's overview pages take turns, as each holds a view of
        // the whole project while it renders (their overlap took a build of
        // 100,000 items past 1 GB), and each renders on every core anyway.
        //
        // The site's item pages start with them. Creating their files is the
        // slowest single thing a build does, and it is work for one core at a
        // time: the kernel creates the files of one folder one after another.
        // Begun last, it left the other core idle for seconds; begun first,
        // it goes on while the documents keep the cores busy.
        let templates = self.templates
        let site = SitePages(input: input, templates: templates)
        try runSideBySide([
            {
                try SingleHTMLRenderer(templates: templates).render(input, to: sink)
                try MarkdownRenderer(templates: templates).render(input, to: sink)
                try SiteRenderer.renderOverviewPages(of: site, to: sink)
            },
            {
                try ReqIFRenderer().render(input, to: sink)
                try JSONExportRenderer().render(input, to: sink)
                try sink.add([TraceCSVRenderer().render(input)])
            },
            { try SiteRenderer.renderItemPages(of: site, to: sink) },
        ])
    }
}
