import DossierLink
import DossierModel
import DossierMustache

/// The pages of `site/`, each of which can be rendered on its own: what a
/// build renders all of, and what the preview renders one of when a browser
/// asks for it. The lookups every page shares (the item views' indexes, the
/// page chrome) are prepared once, when the pages are.
public struct SitePages: Sendable {
    let input: RenderInput
    let templates: TemplateSet
    private let builder: ItemViewBuilder
    private let coverage: CoverageViewBuilder
    /// The chrome of pages one folder down, which share their header and footer.
    private let chrome: PageChrome


    /// - Parameter renderingAllReferences: false for the preview, which
    ///   renders a page at a time (see `RenderedReferences`).
    public init(input: RenderInput, templates: TemplateSet, renderingAllReferences: Bool = true) {
        self.init(input: input, templates: templates, renderingAllReferences: renderingAllReferences, shared: .none)
    }

    /// - Parameter shared: what the build renders once for several outputs.
    init(input: RenderInput, templates: TemplateSet, renderingAllReferences: Bool = true, shared: SharedRenderings) {
        self.input = input
        self.templates = templates
        builder = ItemViewBuilder(input: input, links: .site(depth: 1), bodyFormat: .html, templates: templates,
                                  renderingAllReferences: renderingAllReferences)
            .sharing(shared.bodies, as: .site).sharing(shared.fieldTables, as: .site)
        coverage = CoverageViewBuilder(items: builder.with(bodyFormat: .none))
        chrome = PageChrome(templates: templates, document: DocumentControlBuilder.view(of: input.graph.configuration),
                            counts: FindingCountsView(input),
                            phases: input.graph.phaseMatrices.map(coverage.summary(of:)),
                            itemTypes: SidebarLinkView.itemTypes(in: input.graph, root: "../"), root: "../")
    }

    /// The page at `path` below `site/` (`index.html`, `items/T-1.html`,
    /// `files/diagrams/flow.svg`), or nil when the site has no such page.
    /// Only names the site itself made are answered: the path is looked up,
    /// never opened.
    public func page(at path: String) -> OutputFile? {
        if let name = path.removingSuffix(".html"), !name.contains("/") {
            return overviewPages(only: name).first
        }
        if path == "style.css" { return styleSheet() }
        if path == "search.js" { return searchScript() }
        if path == "search-index.json" { return searchIndex() }
        if let id = path.removingPrefix("items/")?.removingSuffix(".html"), let position = input.graph.position(of: id) {
            return itemPage(position)
        }
        if let name = path.removingPrefix("phases/")?.removingSuffix(".html"),
           let phase = input.graph.phases.first(where: { $0.rawValue == name }) {
            return phasePage(input.graph.phaseMatrix(for: phase))
        }
        if let linked = path.removingPrefix("files/"), input.graph.attachments.contains(linked),
           let data = input.attachments[linked] {
            return OutputFile(path: "site/files/\(linked)", contents: data)
        }
        return nil
    }

    /// The overview pages, all of them or the one named, each whole: for
    /// the preview, which serves one file at a time.
    func overviewPages(only name: String? = nil) -> [OutputFile] {
        guard let overview = overview(only: name) else { return [] }
        return overview.pages.map { page in
            OutputFile(path: page.path, text: Self.whole { append in try overview.render(page, to: append) })
        }
    }

    /// The text of a file rendered in parts, whole.
    private static func whole(_ render: (_ append: (String) throws -> Void) throws -> Void) -> String {
        var text = ""
        do {
            try render { text += $0 }
        } catch {
            preconditionFailure("appending to a string does not fail: \(error)")
        }
        return text
    }

    /// The overview pages, all of them or the one named, with the one view
    /// of the whole project they share; nil when none is wanted.
    func overview(only name: String? = nil) -> OverviewPages? {
        let wanted = SidebarLinkView.chapters.filter { name == nil || $0.name == name }
        guard !wanted.isEmpty else { return nil }
        let overview = DossierViewModel(input: input, links: .site(depth: 0), bodyFormat: .none, templates: templates)
        let chrome = PageChrome(templates: templates, document: overview.document, counts: overview.counts,
                                phases: overview.phases, itemTypes: SidebarLinkView.itemTypes(in: input.graph, root: ""),
                                root: "")
        return OverviewPages(pages: wanted.map { OverviewPages.Page(name: $0.name, title: $0.title) },
                             view: overview, chrome: chrome, templates: templates)
    }

    func styleSheet() -> OutputFile {
        Self.styleSheet(with: templates)
    }

    /// The style sheet alone, for pages shown while the content has errors.
    public static func styleSheet(with templates: TemplateSet) -> OutputFile {
        OutputFile(path: "site/style.css", text: templates.render([String: String](), with: "style"))
    }

    /// The one script of the site: the search box, and the filters of "All
    /// items". Every page works without it.
    func searchScript() -> OutputFile {
        OutputFile(path: "site/search.js", text: templates.render([String: String](), with: "search-js"))
    }

    /// What the search box searches: each item's id, title and body text.
    func searchIndex() -> OutputFile {
        OutputFile(path: Self.searchIndexPath, text: Self.whole(writeSearchIndex))
    }

    static let searchIndexPath = "site/search-index.json"

    /// The search index in parts: at 100,000 items it holds every body's
    /// text, 150 MB, and made whole as values and then as text it was the
    /// largest thing a build held.
    func writeSearchIndex(to append: (String) throws -> Void) throws {
        let items = input.graph.items
        try JSONValue.write(object: [("items", .elements(count: items.count) { position in
            let item = items[position]
            return .object([
                ("id", .string(item.id)), ("title", .string(item.title)), ("type", .string(item.type.singularTitle)),
                ("status", .string(item.status.rawValue)), ("href", .string("items/\(item.id).html")),
                ("text", .string(item.body.prose)),
            ])
        })], to: append)
    }

    func phasePage(_ phase: PhaseMatrix) -> OutputFile {
        let matrix = coverage.matrix(phase)
        let page = PhasePage(chrome: chrome.titled("\(matrix.phase.title) matrix"), matrix: matrix)
        return OutputFile(path: "site/phases/\(matrix.phase.name).html", text: templates.render(page, with: "site-phase"))
    }

    func linkedFiles() -> [OutputFile] {
        input.graph.attachments.compactMap { path in
            input.attachments[path].map { OutputFile(path: "site/files/\(path)", contents: $0) }
        }
    }

    func itemPage(_ position: Int) -> OutputFile {
        let item = builder.view(position)
        let page = ItemPage(chrome: chrome.titled("\(item.heading.id) \(item.heading.title)"), item: item)
        return OutputFile(path: "site/items/\(item.heading.id).html", text: templates.render(page, with: "site-item"))
    }
}

/// The site's overview pages (dashboard, findings, all items, ...): each
/// one template over the same view of the whole project, so any of them
/// renders on its own, and several at once.
struct OverviewPages: Sendable {
    struct Page: Sendable {
        let name: String
        let title: String
        var path: String { "site/\(name).html" }
    }

    let pages: [Page]
    let view: DossierViewModel
    let chrome: PageChrome
    let templates: TemplateSet

    /// Renders `page` a part at a time, each part (the text of some of the
    /// template's top-level tags) handed to `append` as it is done: at 100,000 items All items alone is
    /// 34 MB, and holding every overview page until the last was done was a
    /// tenth of a build's memory.
    func render(_ page: Page, to append: (String) throws -> Void) throws {
        var view = self.view
        view.chrome = chrome.titled(page.title)
        try templates.render(view, with: "site-\(page.name)", inPieces: append)
    }
}

extension SitePages {
    struct ItemPage {
        var chrome: PageChrome
        var item: ItemView
    }

    struct PhasePage {
        var chrome: PageChrome
        var matrix: MatrixView
    }
}

extension SitePages.ItemPage: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "chrome": TemplateValue(self.chrome)
        case "item": TemplateValue(self.item)
        default: chrome.value(named: name)
        }
    }
}

extension SitePages.PhasePage: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "chrome": TemplateValue(self.chrome)
        case "matrix": TemplateValue(self.matrix)
        default: chrome.value(named: name)
        }
    }
}

private extension String {
    func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    func removingSuffix(_ suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }
}
