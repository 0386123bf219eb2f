import DossierLink
import DossierModel

/// `site/`: the internal docs site. A dashboard, one page per item, one
/// matrix page per phase, findings, all items and the manifest. Relative
/// links only, so the folder works from any web server or the file system;
/// no JavaScript.
public struct SiteRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    struct ItemPage {
        var document: DocumentControlView
        var counts: FindingCountsView
        var phases: [PhaseSummaryView]
        var root: String
        var pageTitle: String
        var navigation: String
        var footer: String
        var item: ItemView
    }

    struct PhasePage {
        var document: DocumentControlView
        var counts: FindingCountsView
        var phases: [PhaseSummaryView]
        var root: String
        var pageTitle: String
        var navigation: String
        var footer: String
        var matrix: MatrixView
    }

    /// The navigation bar and the footer, the same on every page of one
    /// folder: rendered once (`site-navigation`, `site-footer`) rather than
    /// on each of thousands of item pages.
    struct Chrome: Sendable {
        var navigation: String
        var footer: String

        init(templates: TemplateSet, document: DocumentControlView, counts: FindingCountsView,
             phases: [PhaseSummaryView], root: String) {
            let context: [String: Any] = ["document": document, "counts": counts, "phases": phases, "root": root]
            navigation = templates.render(context, with: "site-navigation")
            footer = templates.render(context, with: "site-footer")
        }
    }

    /// Pages are rendered on every core a batch at a time, and each batch is
    /// written before the next starts: memory stays flat however many items.
    static let batchSize = 256

    public func render(_ input: RenderInput, to sink: @escaping DossierRenderer.Sink) throws {
        let jobs = pages(of: input)
        for start in stride(from: 0, to: jobs.count, by: Self.batchSize) {
            let batch = jobs[start..<min(start + Self.batchSize, jobs.count)]
            try sink(Array(batch).parallelMap { $0() }.flatMap { $0 })
        }
    }

    /// One job per piece of the site that can be rendered on its own: the
    /// overview pages, the phase pages, and each item page.
    private func pages(of input: RenderInput) -> [@Sendable () -> [OutputFile]] {
        let templates = self.templates
        var jobs: [@Sendable () -> [OutputFile]] = []
        jobs.append {
            var overview = DossierViewModel(input: input, links: .site(depth: 0), bodyFormat: .none,
                                            templates: templates, itemSection: nil)
            let chrome = Chrome(templates: templates, document: overview.document, counts: overview.counts,
                                phases: overview.phases, root: overview.root)
            overview.navigation = chrome.navigation
            overview.footer = chrome.footer
            var files: [OutputFile] = []
            for (name, title) in [("index", "Dashboard"), ("findings", "Findings"), ("items", "All items"),
                                  ("manifest", "Manifest")] {
                overview.pageTitle = title
                files.append(OutputFile(path: "site/\(name).html", text: templates.render(overview, with: "site-\(name)")))
            }
            files.append(OutputFile(path: "site/style.css", text: templates.render([String: String](), with: "style")))
            return files
        }

        // Pages one folder down share their header and footer.
        let links = LinkStyle.site(depth: 1)
        let builder = ItemViewBuilder(input: input, links: links, bodyFormat: .html, templates: templates)
        let matrices = input.graph.phaseMatrices
        let coverage = CoverageViewBuilder(items: builder.with(bodyFormat: .none))
        let document = DocumentControlBuilder.view(of: input.graph.configuration)
        let counts = FindingCountsView(input)
        let phases = matrices.map(coverage.summary(of:))
        let chrome = Chrome(templates: templates, document: document, counts: counts, phases: phases, root: "../")
        jobs.append {
            var files: [OutputFile] = []
            for matrix in matrices.map(coverage.matrix) {
                let page = PhasePage(document: document, counts: counts, phases: phases, root: "../",
                                     pageTitle: "\(matrix.phase.title) matrix", navigation: chrome.navigation,
                                     footer: chrome.footer, matrix: matrix)
                files.append(OutputFile(path: "site/phases/\(matrix.phase.name).html",
                                        text: templates.render(page, with: "site-phase")))
            }
            for path in input.graph.attachments {
                if let data = input.attachments[path] {
                    files.append(OutputFile(path: "site/files/\(path)", contents: data))
                }
            }
            return files
        }
        for position in input.graph.items.indices {
            jobs.append {
                let item = builder.view(position)
                let page = ItemPage(document: document, counts: counts, phases: phases, root: "../",
                                    pageTitle: "\(item.heading.id) \(item.heading.title)", navigation: chrome.navigation,
                                    footer: chrome.footer, item: item)
                return [OutputFile(path: "site/items/\(item.heading.id).html", text: templates.render(page, with: "site-item"))]
            }
        }
        return jobs
    }
}
