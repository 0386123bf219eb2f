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
        var item: ItemView
    }

    struct PhasePage {
        var document: DocumentControlView
        var counts: FindingCountsView
        var phases: [PhaseSummaryView]
        var root: String
        var pageTitle: String
        var matrix: MatrixView
    }

    public func render(_ input: RenderInput) -> [OutputFile] {
        var overview = DossierViewModel(input: input, links: .site(depth: 0), bodyFormat: .none, fullItems: false)
        var files: [OutputFile] = []
        for (name, title) in [("index", "Dashboard"), ("findings", "Findings"), ("items", "All items"),
                              ("manifest", "Manifest")] {
            overview.pageTitle = title
            files.append(OutputFile(path: "site/\(name).html", text: templates.render(overview, with: "site-\(name)")))
        }
        files.append(OutputFile(path: "site/style.css", text: templates.render([String: String](), with: "style")))

        let nested = DossierViewModel(input: input, links: .site(depth: 1), bodyFormat: .none, fullItems: false)
        for matrix in nested.matrices {
            let page = PhasePage(document: nested.document, counts: nested.counts, phases: nested.phases, root: "../",
                                 pageTitle: "\(matrix.phase.title) matrix", matrix: matrix)
            files.append(OutputFile(path: "site/phases/\(matrix.phase.name).html",
                                    text: templates.render(page, with: "site-phase")))
        }
        let templates = self.templates
        let builder = ItemViewBuilder(input: input, links: .site(depth: 1), bodyFormat: .html)
        let common = (nested.document, nested.counts, nested.phases)
        files += Array(input.graph.items.indices).parallelMap { position in
            let item = builder.view(position)
            let page = ItemPage(document: common.0, counts: common.1, phases: common.2, root: "../",
                                pageTitle: "\(item.id) \(item.title)", item: item)
            return OutputFile(path: "site/items/\(item.id).html", text: templates.render(page, with: "site-item"))
        }
        for path in input.graph.attachments {
            if let data = input.attachments[path] {
                files.append(OutputFile(path: "site/files/\(path)", contents: data))
            }
        }
        return files
    }
}
