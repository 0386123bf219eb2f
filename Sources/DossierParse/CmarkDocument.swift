import CCmark
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one cmark-gfm tree and the parser that made it: a renderer needs
/// the parser's extension list to render the extension nodes (tables,
/// strikethrough, autolinks, task lists). The tree lives until `deinit`,
/// and a document is used on one thread only. Shared with the renderer, so
/// both read a body the same way.
public final class CmarkDocument {
    public let root: OpaquePointer
    private let parser: OpaquePointer

    public init(markdown: Substring) {
        parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
        for syntax in Self.extensions.syntaxes { cmark_parser_attach_syntax_extension(parser, syntax) }
        var text = String(markdown)
        root = Self.parsing.withLock { [parser] in
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return cmark_parser_finish(parser)
        }
        // cmark splits text at every `[`; merging adjacent text nodes makes
        // each `[[ID]]` one literal to find.
        cmark_consolidate_text_nodes(root)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The extensions the tree was parsed with, for `cmark_render_html`.
    public var syntaxExtensions: UnsafeMutablePointer<cmark_llist>? { cmark_parser_get_syntax_extensions(parser) }

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

    /// cmark-gfm 0.29.0.gfm.6 (Debian's) marks the extensions' special
    /// characters in one process-wide table while it parses inlines and
    /// clears them when done, so a parse on another thread can clear them in
    /// the middle of this one and drop its strikethrough or autolinks.
    /// Parsing is serialized; rendering and walking are not affected.
    private static let parsing = NSLock()

    /// Registered once: registering twice at the same moment aborts.
    private static let extensions = GFMExtensions()
}

/// The GitHub extensions every body is parsed with, looked up once.
private struct GFMExtensions: @unchecked Sendable {
    /// Registry entries that live as long as the process and are never changed.
    let syntaxes: [OpaquePointer]

    init() {
        cmark_gfm_core_extensions_ensure_registered()
        let names: [String] = ["table", "strikethrough", "autolink", "tasklist"]
        syntaxes = names.map { cmark_find_syntax_extension($0)! }
    }
}

extension OpaquePointer {
    public var cmarkType: cmark_node_type { cmark_node_get_type(self) }
    public var cmarkLiteral: String? { cmark_node_get_literal(self).map { String(cString: $0) } }
    public var cmarkURL: String? { cmark_node_get_url(self).map { String(cString: $0) } }
    public var cmarkStartLine: Int { Int(cmark_node_get_start_line(self)) }
    /// A block (paragraph, table cell, list item), not an inline span.
    var isCmarkBlock: Bool {
        cmark_node_get_type(self).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }
}
