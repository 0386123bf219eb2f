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

    /// Item pages are rendered on every core a batch at a time, and each
    /// batch is written before the next starts: memory stays flat however
    /// many items.
    static let batchSize = 256

    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let site = SitePages(input: input, templates: templates)
        try sink.write(SitePages.searchIndexPath) { append in try site.writeSearchIndex(to: append) }
        // The overview and phase pages grow with the project (a phase's
        // matrix is 4 MB at 100,000 items): one at a time, each handed over
        // as soon as it is rendered, beside the item pages.
        try runSideBySide([
            {
                try sink.add([site.styleSheet(), site.searchScript()] + site.linkedFiles())
                try site.renderOverviewPages { path, render in try sink.write(path, inParts: render) }
                for phase in input.graph.phaseMatrices { try sink.add([site.phasePage(phase)]) }
            },
            {
                let positions = Array(input.graph.items.indices)
                for start in stride(from: 0, to: positions.count, by: Self.batchSize) {
                    let batch = positions[start..<min(start + Self.batchSize, positions.count)]
                    try sink.add(Array(batch).parallelMap { site.itemPage($0) })
                }
            },
        ])
    }
}
