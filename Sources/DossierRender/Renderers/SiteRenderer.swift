import DossierModel

/// `site/`: the internal docs site. A dashboard, one page per item, one
/// matrix page per phase, findings, all items and the manifest. Relative
/// links only, so the folder works from any web server or the file system.
/// One small script adds search and filters; every page works without it.
/// Its two parts are scheduled apart (see `DossierRenderer`): the item
/// pages, most of the site's files, and everything else.
enum SiteRenderer {
    /// Item pages are rendered on every core a batch at a time, and each
    /// batch is written before the next starts: memory stays flat however
    /// many items.
    static let batchSize = 256

    /// Everything but the item pages: the search index, style, script,
    /// linked files, the overview pages and the phase pages.
    static func renderOverviewPages(of site: SitePages, to sink: any OutputSink) throws {
        try sink.write(SitePages.searchIndexPath) { append in try site.writeSearchIndex(to: append) }
        try sink.add([site.styleSheet(), site.searchScript()] + site.linkedFiles())
        // The overview and phase pages grow with the project (a phase's
        // matrix is 4 MB at 100,000 items): one at a time, each handed over
        // as soon as it is rendered.
        try site.renderOverviewPages { path, render in try sink.write(path, inParts: render) }
        for phase in site.input.graph.phaseMatrices { try sink.add([site.phasePage(phase)]) }
    }

    /// One page per item, the bulk of the site's files.
    static func renderItemPages(of site: SitePages, to sink: any OutputSink) throws {
        let positions = Array(site.input.graph.items.indices)
        for start in stride(from: 0, to: positions.count, by: batchSize) {
            let batch = positions[start..<min(start + batchSize, positions.count)]
            try sink.add(Array(batch).parallelMap { site.itemPage($0) })
        }
    }
}
