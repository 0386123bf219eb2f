import CCmark
import DossierLink
import DossierModel
import DossierParse
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders an item body for one output. `[[ID]]` becomes a link to the
/// item, relative links are pointed at the item's page or the copied file,
/// and the tree is rendered by cmark-gfm in its safe mode: raw HTML is
/// dropped and `javascript:`-style URLs are emptied by cmark itself.
public struct BodyRenderer {
    public let links: LinkStyle
    let graph: TraceGraph

    public init(graph: TraceGraph, links: LinkStyle) {
        self.graph = graph
        self.links = links
    }

    public func html(of position: Int) -> String {
        html(of: parse(position))
    }

    /// CommonMark for dossier.md; raw HTML is removed from the tree first,
    /// since Markdown viewers would otherwise pass it through. Tables and the
    /// other extension nodes write themselves in GitHub's syntax, so this
    /// renderer needs no extension list.
    public func commonMark(of position: Int) -> String {
        commonMark(of: parse(position))
    }

    func parse(_ position: Int) -> ParsedBody {
        ParsedBody(position, in: graph)
    }

    /// The HTML of a parsed body for this output (see `SharedBodies`).
    func html(of body: ParsedBody) -> String {
        body.point(at: links, graph: graph)
        return Self.take(cmark_render_html(body.document.root, CMARK_OPT_DEFAULT, body.document.syntaxExtensions))
    }

    /// The CommonMark of a parsed body for this output; removes its raw HTML
    /// for good, so it comes after every other output of the same tree.
    func commonMark(of body: ParsedBody) -> String {
        body.point(at: links, graph: graph)
        body.removeRawHTML()
        return Self.take(cmark_render_commonmark(body.document.root, CMARK_OPT_DEFAULT, 0))
    }

    private static func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
