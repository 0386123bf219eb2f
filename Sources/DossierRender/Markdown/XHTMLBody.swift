import CCmark
import DossierLink
import DossierModel
import DossierParse

/// An item body as the XHTML a ReqIF attribute holds (ReqIF 1.2 §10.8.23:
/// one `xhtml:div` of the XHTML 1.1 modules the schema names). Written
/// from the cmark tree the HTML renderer uses, through `XMLWriter`, so it
/// is well-formed by construction: raw HTML is dropped as in the other
/// outputs, images become their description (the modules have no `img`),
/// and only web and mail links stay links — a link to another item is a
/// SPEC-RELATION in ReqIF, and a path into the build's folders means
/// nothing inside a requirement tool.
struct XHTMLBody: Sendable {
    let graph: TraceGraph

    func xhtml(of position: Int) -> String {
        xhtml(of: ParsedBody(position, in: graph))
    }

    /// The XHTML of a parsed body (see `SharedBodies`).
    func xhtml(of body: ParsedBody) -> String {
        body.point(at: Self.links, graph: graph)
        let document = body.document
        var writer = XMLWriter(indented: false)
        writer.start("xhtml:div")
        // Per open container: whether it wrote an element to end on exit.
        var opened: [Bool] = []
        document.walk { node, enter in
            if Self.isLeaf(node) {
                Self.leaf(node, into: &writer)
            } else if enter {
                opened.append(Self.open(node, into: &writer))
            } else if opened.removeLast() {
                writer.end()
            }
        }
        writer.end()
        return writer.text
    }

    /// Links of dossier.html; the body is the whole of its object, so its
    /// headings keep their level.
    private static let links: LinkStyle = {
        var links = LinkStyle.singleFile
        links.headingShift = 0
        links.sectionHeadingShift = nil
        return links
    }()

    /// Nodes the cmark iterator visits once, without an exit event.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch node.cmarkType {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_THEMATIC_BREAK: true
        default: false
        }
    }

    private static func leaf(_ node: OpaquePointer, into writer: inout XMLWriter) {
        switch node.cmarkType {
        case CMARK_NODE_TEXT: writer.characters(node.cmarkLiteral ?? "")
        case CMARK_NODE_CODE: writer.element("xhtml:code", text: node.cmarkLiteral ?? "")
        case CMARK_NODE_CODE_BLOCK: writer.element("xhtml:pre", text: node.cmarkLiteral ?? "")
        case CMARK_NODE_SOFTBREAK: writer.characters("\n")
        case CMARK_NODE_LINEBREAK:
            writer.start("xhtml:br")
            writer.end()
        case CMARK_NODE_THEMATIC_BREAK:
            writer.start("xhtml:hr")
            writer.end()
        default: break  // raw HTML never passes through
        }
    }

    /// Starts the element for a container node; false when the node is
    /// written as its children alone.
    private static func open(_ node: OpaquePointer, into writer: inout XMLWriter) -> Bool {
        switch node.cmarkType {
        case CMARK_NODE_PARAGRAPH: writer.start("xhtml:p")
        case CMARK_NODE_BLOCK_QUOTE: writer.start("xhtml:blockquote")
        case CMARK_NODE_LIST:
            writer.start(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "xhtml:ol" : "xhtml:ul")
        case CMARK_NODE_ITEM:
            writer.start("xhtml:li")
            if typeName(node) == "tasklist" {
                writer.characters(cmark_gfm_extensions_get_tasklist_item_checked(node) ? "[x] " : "[ ] ")
            }
        case CMARK_NODE_HEADING: writer.start("xhtml:h\(min(6, max(1, cmark_node_get_heading_level(node))))")
        case CMARK_NODE_EMPH: writer.start("xhtml:em")
        case CMARK_NODE_STRONG: writer.start("xhtml:strong")
        case CMARK_NODE_LINK:
            guard let url = node.cmarkURL, isWebAddress(url) else { return false }
            var attributes = [("href", url)]
            if let title = cmark_node_get_title(node).map({ String(cString: $0) }), !title.isEmpty {
                attributes.append(("title", title))
            }
            writer.start("xhtml:a", attributes: attributes)
        default:
            switch typeName(node) {
            case "table": writer.start("xhtml:table")
            case "table_header", "table_row": writer.start("xhtml:tr")
            case "table_cell":
                let row = cmark_node_parent(node).map(typeName)
                writer.start(row == "table_header" ? "xhtml:th" : "xhtml:td")
            case "strikethrough": writer.start("xhtml:del")
            default: return false  // document, image (its description stays), custom nodes
            }
        }
        return true
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
