import DossierModel
import Foundation

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
    /// linked files, the overview pages and the phase pages. They come last
    /// in a build, when the other outputs are done, so they are rendered on
    /// every core, or they would leave a core idle for most of a second at
    /// 10,000 items. Each is handed over as soon as it is rendered: the
    /// overview and phase pages grow with the project (a phase's matrix is
    /// 4 MB at 100,000 items).
    static func renderOverviewPages(of site: SitePages, to sink: any OutputSink,
                                    workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        var jobs: [@Sendable () throws -> Void] = [
            { try sink.write(SitePages.searchIndexPath) { append in try site.writeSearchIndex(to: append) } },
            { try sink.add([site.styleSheet(), site.searchScript()] + site.linkedFiles()) },
        ]
        if let overview = site.overview() {
            jobs += overview.pages.map { page in
                { try sink.write(page.path) { append in try overview.render(page, to: append) } }
            }
        }
        jobs += site.input.graph.phaseMatrices.map { phase in { try sink.add([site.phasePage(phase)]) } }
        // As many at once as cores: more would only hold more pages in memory.
        try runSideBySide(workers: workers, jobs)
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
