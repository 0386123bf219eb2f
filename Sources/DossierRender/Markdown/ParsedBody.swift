import CCmark
import DossierLink
import DossierModel
import DossierParse

/// One item body parsed once, with the nodes each output rewrites noted,
/// so the same tree renders for any output's links in turn: `point(at:)`
/// sets heading levels and link destinations from what was parsed, never
/// from what an earlier output set. `[[ID]]` references become link nodes
/// once, when parsed; only their destinations differ between outputs.
/// Like its tree, used on one thread at a time.
final class ParsedBody {
    let document: CmarkDocument
    let isSection: Bool
    /// Headings with the level they were written at.
    private var headings: [(node: OpaquePointer, level: Int32)] = []
    /// Links made from `[[ID]]`, with the id of the item they name.
    private var references: [(node: OpaquePointer, id: String)] = []
    /// Relative links and images that lead to an item or a linked file.
    private var destinations: [(node: OpaquePointer, target: BodyLinkTarget, isImage: Bool)] = []

    init(_ position: Int, in graph: TraceGraph) {
        let item = graph[position]
        document = CmarkDocument(markdown: Substring(item.body.markdown))
        isSection = item.type == .section
        var texts: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        document.walk { node, enter in
            guard enter else { return }
            switch node.cmarkType {
            case CMARK_NODE_HEADING: headings.append((node, cmark_node_get_heading_level(node)))
            case CMARK_NODE_TEXT where ByteSearch.contains("[[", in: node.cmarkLiteral ?? ""): texts.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            default: break
            }
        }
        for node in texts { expandReferences(in: node, graph: graph) }
        let bodyLinks = graph.bodyLinks[position]
        for node in links {
            guard let url = node.cmarkURL, let destination = RelativeLink.destination(of: url),
                  let target = bodyLinks[destination] else { continue }
            destinations.append((node, target, node.cmarkType == CMARK_NODE_IMAGE))
        }
    }

    /// Points the tree at one output: its heading levels and destinations.
    func point(at links: LinkStyle, graph: TraceGraph) {
        let shift = isSection ? links.sectionHeadingShift ?? links.headingShift : links.headingShift
        for heading in headings {
            // A body's headings sit below the item's own heading.
            cmark_node_set_heading_level(heading.node, min(6, heading.level + Int32(shift)))
        }
        for reference in references { cmark_node_set_url(reference.node, links.item(reference.id)) }
        for destination in destinations {
            switch destination.target {
            case .item(let other): cmark_node_set_url(destination.node, links.item(graph[other].id))
            case .file(let path):
                cmark_node_set_url(destination.node, destination.isImage ? links.image(path) : links.attachment(path))
            }
        }
    }

    /// Drops raw HTML from the tree, for dossier.md: Markdown viewers would
    /// pass it through. For good: render the other outputs first.
    func removeRawHTML() {
        var raw: [OpaquePointer] = []
        document.walk { node, enter in
            if enter, node.cmarkType == CMARK_NODE_HTML_BLOCK || node.cmarkType == CMARK_NODE_HTML_INLINE {
                raw.append(node)
            }
        }
        for node in raw { cmark_node_free(node) }
    }

    private func expandReferences(in node: OpaquePointer, graph: TraceGraph) {
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
            cmark_node_set_title(link, target.title)
            let text = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(text, target.id)
            cmark_node_append_child(link, text)
            cmark_node_insert_before(node, link)
            references.append((link, target.id))
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
}
