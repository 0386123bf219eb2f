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
        let document = rewrittenTree(of: position)
        return Self.take(cmark_render_html(document.root, CMARK_OPT_DEFAULT, document.syntaxExtensions))
    }

    /// CommonMark for dossier.md; raw HTML is removed from the tree first,
    /// since Markdown viewers would otherwise pass it through. Tables and the
    /// other extension nodes write themselves in GitHub's syntax, so this
    /// renderer needs no extension list.
    public func commonMark(of position: Int) -> String {
        let document = rewrittenTree(of: position)
        removeRawHTML(document)
        return Self.take(cmark_render_commonmark(document.root, CMARK_OPT_DEFAULT, 0))
    }

    func rewrittenTree(of position: Int) -> CmarkDocument {
        let item = graph[position]
        let document = CmarkDocument(markdown: Substring(item.body.markdown))
        var texts: [OpaquePointer] = []
        var destinations: [OpaquePointer] = []
        let shift = item.type == .section ? links.sectionHeadingShift ?? links.headingShift : links.headingShift
        document.walk { node, enter in
            guard enter else { return }
            switch node.cmarkType {
            case CMARK_NODE_HEADING where shift > 0:
                // A body's headings sit below the item's own heading.
                cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + Int32(shift)))
            case CMARK_NODE_TEXT where ByteSearch.contains("[[", in: node.cmarkLiteral ?? ""): texts.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: destinations.append(node)
            default: break
            }
        }
        for node in texts { expandReferences(in: node) }
        for node in destinations { retarget(node, from: position) }
        return document
    }

    private func expandReferences(in node: OpaquePointer) {
        let literal = node.cmarkLiteral ?? ""
        let matches = InlineReferences.matches(in: literal).filter { graph.position(of: $0.target) != nil }
        guard !matches.isEmpty else { return }
        let bytes = Array(literal.utf8)
        var cursor = 0
        for match in matches {
            if match.range.lowerBound > cursor {
                insertText(String(decoding: bytes[cursor..<match.range.lowerBound], as: UTF8.self), before: node)
            }
            let target = graph[graph.position(of: match.target)!]
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, links.item(target.id))
            cmark_node_set_title(link, target.title)
            let text = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(text, target.id)
            cmark_node_append_child(link, text)
            cmark_node_insert_before(node, link)
            cursor = match.range.upperBound
        }
        if cursor < bytes.count {
            insertText(String(decoding: bytes[cursor...], as: UTF8.self), before: node)
        }
        cmark_node_free(node)
    }

    private func insertText(_ text: String, before node: OpaquePointer) {
        let inserted = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(inserted, text)
        cmark_node_insert_before(node, inserted)
    }

    private func retarget(_ node: OpaquePointer, from position: Int) {
        guard let url = node.cmarkURL, let destination = RelativeLink.destination(of: url),
              let target = graph.bodyLinks[position][destination] else { return }
        let isImage = node.cmarkType == CMARK_NODE_IMAGE
        switch target {
        case .item(let other):
            cmark_node_set_url(node, links.item(graph[other].id))
        case .file(let path):
            cmark_node_set_url(node, isImage ? links.image(path) : links.attachment(path))
        }
    }

    private func removeRawHTML(_ document: CmarkDocument) {
        var raw: [OpaquePointer] = []
        document.walk { node, enter in
            if enter, node.cmarkType == CMARK_NODE_HTML_BLOCK || node.cmarkType == CMARK_NODE_HTML_INLINE {
                raw.append(node)
            }
        }
        for node in raw { cmark_node_free(node) }
    }

    private static func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
