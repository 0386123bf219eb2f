import DossierLink
import DossierModel
import Mustache

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
        var chrome: PageChrome
        var item: ItemView
    }

    struct PhasePage {
        var chrome: PageChrome
        var matrix: MatrixView
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
            let chrome = PageChrome(templates: templates, document: overview.document, counts: overview.counts,
                                    phases: overview.phases, root: "")
            var files: [OutputFile] = []
            for (name, title) in [("index", "Dashboard"), ("findings", "Findings"), ("items", "All items"),
                                  ("manifest", "Manifest"), ("security-testing", "Security testing"),
                                  ("risk-controls", "ISO 14971 linkage"), ("labeling", "Accompanying documentation")] {
                overview.chrome = chrome.titled(title)
                files.append(OutputFile(path: "site/\(name).html", text: templates.render(overview, with: "site-\(name)")))
            }
            // The attack surface and risk assessment chapters, each its own page.
            for (name, title) in [("attack-surface", "Attack surface"), ("risk", "Risk assessment")] {
                overview.chrome = chrome.titled(title)
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
        let chrome = PageChrome(templates: templates, document: document, counts: counts, phases: phases, root: "../")
        jobs.append {
            var files: [OutputFile] = []
            for matrix in matrices.map(coverage.matrix) {
                let page = PhasePage(chrome: chrome.titled("\(matrix.phase.title) matrix"), matrix: matrix)
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
                let page = ItemPage(chrome: chrome.titled("\(item.heading.id) \(item.heading.title)"), item: item)
                return [OutputFile(path: "site/items/\(item.heading.id).html", text: templates.render(page, with: "site-item"))]
            }
        }
        return jobs
    }
}

extension SiteRenderer.ItemPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "item": self.item
        default: chrome.child(named: name)
        }
    }
}

extension SiteRenderer.PhasePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": self.chrome
        case "matrix": self.matrix
        default: chrome.child(named: name)
        }
    }
}
