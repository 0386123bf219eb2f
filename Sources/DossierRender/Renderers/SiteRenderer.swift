import DossierModel

/// `site/`: the internal docs site. A dashboard, one page per item, one
/// matrix page per phase, findings, all items and the manifest. Relative
/// links only, so the folder works from any web server or the file system.
/// One small script adds search and filters; every page works without it.
public struct SiteRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Pages are rendered on every core a batch at a time, and each batch is
    /// written before the next starts: memory stays flat however many items.
    static let batchSize = 256

    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let site = SitePages(input: input, templates: templates)
        try sink.write(SitePages.searchIndexPath) { append in try site.writeSearchIndex(to: append) }
        let jobs = pages(of: site, input)
        for start in stride(from: 0, to: jobs.count, by: Self.batchSize) {
            let batch = jobs[start..<min(start + Self.batchSize, jobs.count)]
            try sink.add(Array(batch).parallelMap { $0() }.flatMap { $0 })
        }
    }

    /// One job per piece of the site that can be rendered on its own: the
    /// overview pages, the phase pages, and each item page. (The search
    /// index is written in parts before them.)
    private func pages(of site: SitePages, _ input: RenderInput) -> [@Sendable () -> [OutputFile]] {
        var jobs: [@Sendable () -> [OutputFile]] = []
        jobs.append { site.overviewPages() + [site.styleSheet(), site.searchScript()] }
        jobs.append { site.phasePages() + site.linkedFiles() }
        for position in input.graph.items.indices {
            jobs.append { [site.itemPage(position)] }
        }
        return jobs
    }
}
