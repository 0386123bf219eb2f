import DossierLink

/// Each item body parsed once per build for all four outputs that show it
/// (the site's item page, dossier.html, dossier.md, dossier.reqif), and
/// rendered from that one tree for each (see `RenderedOnce`). cmark parsed
/// every body four times before, and parsing is serialized (see
/// `CmarkDocument`).
final class SharedBodies: Sendable {
    enum Output: Int, CaseIterable {
        case site, singleFile, markdown, reqIF
    }

    private let graph: TraceGraph
    private let texts: RenderedOnce

    init(graph: TraceGraph, budget: Int = RenderedOnce.defaultBudget) {
        self.graph = graph
        texts = RenderedOnce(count: graph.items.count, budget: budget)
    }

    /// How many bodies were parsed for every output at once, and how many
    /// times an output parsed one for itself.
    var parses: Int { texts.renders }
    var aloneParses: Int { texts.aloneRenders }
    /// Bodies rendered and not yet taken, by all outputs together.
    var untaken: Int { texts.untaken }

    /// The body of the item at `position` as `output` shows it.
    func take(_ output: Output, of position: Int) -> String {
        texts.take(output.rawValue, of: position, render: { render(position) }, alone: {
            switch output {
            case .site: BodyRenderer(graph: graph, links: .site(depth: 1)).html(of: position)
            case .singleFile: BodyRenderer(graph: graph, links: .singleFile).html(of: position)
            case .markdown: BodyRenderer(graph: graph, links: .markdown).commonMark(of: position)
            case .reqIF: XHTMLBody(graph: graph).xhtml(of: position)
            }
        })
    }

    /// One parse, rendered for each output in turn; dossier.md last, since
    /// it drops the tree's raw HTML.
    private func render(_ position: Int) -> [String] {
        let body = ParsedBody(position, in: graph)
        var texts = Array(repeating: "", count: Output.allCases.count)
        texts[Output.site.rawValue] = BodyRenderer(graph: graph, links: .site(depth: 1)).html(of: body)
        texts[Output.singleFile.rawValue] = BodyRenderer(graph: graph, links: .singleFile).html(of: body)
        texts[Output.reqIF.rawValue] = XHTMLBody(graph: graph).xhtml(of: body)
        texts[Output.markdown.rawValue] = BodyRenderer(graph: graph, links: .markdown).commonMark(of: body)
        return texts
    }
}
