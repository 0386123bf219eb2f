import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// Owns one cmark tree. cmark is a C library: the tree lives until `deinit`,
/// and a document is used on one thread only (separate documents parse
/// safely in parallel). Shared with the renderer, so both read a body the
/// same way.
public final class CmarkDocument {
    public let root: OpaquePointer

    public init(markdown: Substring) {
        var text = String(markdown)
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
            }
        }
        // cmark splits text at every `[`; merging adjacent text nodes makes
        // each `[[ID]]` one literal to find.
        cmark_consolidate_text_nodes(root)
    }

    deinit { cmark_node_free(root) }

    /// Visits every node in document order; `enter` is false on leaving a container.
    public func walk(_ visit: (_ node: OpaquePointer, _ enter: Bool) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            visit(cmark_iter_get_node(iterator)!, event == CMARK_EVENT_ENTER)
        }
    }
}

extension OpaquePointer {
    public var cmarkType: cmark_node_type { cmark_node_get_type(self) }
    public var cmarkLiteral: String? { cmark_node_get_literal(self).map { String(cString: $0) } }
    public var cmarkURL: String? { cmark_node_get_url(self).map { String(cString: $0) } }
    public var cmarkStartLine: Int { Int(cmark_node_get_start_line(self)) }
}
