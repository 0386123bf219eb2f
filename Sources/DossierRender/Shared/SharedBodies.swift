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

    init(graph: TraceGraph) {
        self.graph = graph
        texts = RenderedOnce(count: graph.items.count)
    }

    /// How many bodies were parsed.
    var parses: Int { texts.renders }
    /// Bodies rendered and not yet taken, by all outputs together.
    var untaken: Int { texts.untaken }

    /// The body of the item at `position` as `output` shows it.
    func take(_ output: Output, of position: Int) -> String {
        texts.take(output.rawValue, of: position) { render(position) }
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
