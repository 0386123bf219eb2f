import DossierModel

/// The render stage: every output of `build` from one `RenderInput`, one
/// renderer per output. Files go to a sink as soon as they are rendered, and
/// the two documents in parts as they are rendered, so a large build holds a
/// batch of pages or items in memory, never the whole output.
public struct DossierRenderer {
    let templates: TemplateSet
    /// The most items for which the two documents render side by side.
    let documentsSideBySideLimit: Int

    /// Side by side, the two documents each hold a view of the whole project
    /// at once: 1.6 KB per item, measured at 100,000 items, where it took a
    /// build past 1 GB. Below this many items that is under 80 MB, and it
    /// cuts a tenth from the render stage at 10,000 items.
    public static let documentsSideBySideLimit = 50_000

    public init(templates: TemplateSet, documentsSideBySideLimit: Int = Self.documentsSideBySideLimit) {
        self.templates = templates
        self.documentsSideBySideLimit = documentsSideBySideLimit
    }

    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        // Side by side, the outputs reach each body at about the same time,
        // so few wait to be taken (see `SharedBodies`); taking turns, the
        // last would find every body waiting for it.
        let sideBySide = input.graph.items.count <= documentsSideBySideLimit
        try render(input, to: sink, shared: sideBySide ? .all(for: input.graph, templates: templates) : .none)
    }

    func render(_ input: RenderInput, to sink: any OutputSink, shared: SharedRenderings) throws {
        // The outputs are independent of each other: render them side by
        // side, and hand each over the moment it is done. Each document
        // renders its items on every core, but its chapters one at a time,
        // and so do the exports: apart, they would leave a core idle.
        //
        // The site's item pages start with them. Creating their files is the
        // slowest single thing a build does, and it is work for one core at a
        // time: the kernel creates the files of one folder one after another.
        // Begun last, it left the other core idle for seconds; begun first,
        // it goes on while the documents keep the cores busy.
        //
        // The documents and the site's overview pages each hold a view of the
        // whole project while they render; in a large project they take turns
        // (see `documentsSideBySideLimit`).
        let templates = self.templates
        let site = SitePages(input: input, templates: templates, shared: shared)
        let html: @Sendable () throws -> Void = {
            try SingleHTMLRenderer(templates: templates, shared: shared).render(input, to: sink)
        }
        let markdown: @Sendable () throws -> Void = {
            try MarkdownRenderer(templates: templates, bodies: shared.bodies).render(input, to: sink)
        }
        let overview: @Sendable () throws -> Void = { try SiteRenderer.renderOverviewPages(of: site, to: sink) }
        let exports: @Sendable () throws -> Void = {
            try ReqIFRenderer(bodies: shared.bodies).render(input, to: sink)
            try JSONExportRenderer().render(input, to: sink)
            try sink.add([TraceCSVRenderer().render(input)])
        }
        let itemPages: @Sendable () throws -> Void = { try SiteRenderer.renderItemPages(of: site, to: sink) }
        if input.graph.items.count <= documentsSideBySideLimit {
            try runSideBySide([{ try html(); try overview() }, { try exports(); try markdown() }, itemPages])
        } else {
            try runSideBySide([{ try html(); try markdown(); try overview() }, exports, itemPages])
        }
    }
}
