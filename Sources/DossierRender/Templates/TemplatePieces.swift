import Mustache

/// A template cut at the line ends that lie outside every section: rendered
/// one after another with the same view, the pieces make the text of the
/// whole template, so a document can be handed over a chapter at a time
/// instead of held whole (dossier.html is 140 MB before its items at
/// 100,000 items, and its template is one a user may replace).
///
/// A cut must leave the parser as a new template finds it: no section open,
/// and a line that starts afresh, where a tag alone on its line is
/// standalone (its line renders nothing). swift-mustache starts the line
/// after a section afresh only when the section's opening tag was
/// standalone, so a line that closes a section opened otherwise is not cut
/// after. Each piece after the first starts with the template's content type
/// pragmas on lines of their own, which render nothing.
enum TemplatePieces {
    /// The pieces of `source`, or nil when cutting could change its meaning:
    /// changed delimiters, parents and blocks, or sections that do not close.
    static func cut(_ source: String) -> [String]? {
        let bytes = Array(source.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func matches(_ pattern: String, at offset: Int) -> Bool { bytes[offset...].starts(with: pattern.utf8) }
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        /// Whether the line goes on after `offset` with blanks alone.
        func lineEnds(after offset: Int) -> Bool {
            let rest = bytes[offset...].drop(while: isBlank)
            return rest.isEmpty || matches("\n", at: rest.startIndex) || matches("\r\n", at: rest.startIndex)
        }
        var pieces: [String] = []
        var pragmas = "", prefix = ""
        var depth = 0, start = 0, index = 0
        var lineStart = 0, lineIsFresh = true, mayCut = true, opensStandalone = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                index += 1
                lineIsFresh = depth == 0 && mayCut
                if lineIsFresh {
                    pieces.append(prefix + text(start..<index))
                    prefix = pragmas
                    start = index
                }
                lineStart = index
                mayCut = true
                continue
            }
            guard matches("{{", at: index) else {
                index += 1
                continue
            }
            let sigil = index + 2 < bytes.count ? bytes[index + 2] : 0
            let end = sigil == UInt8(ascii: "{") ? "}}}" : "}}"
            guard let closing = (index + 2..<bytes.count).first(where: { matches(end, at: $0) }) else { return nil }
            let after = closing + end.utf8.count
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                if depth == 0 {
                    opensStandalone = lineIsFresh && bytes[lineStart..<index].allSatisfy(isBlank)
                        && lineEnds(after: after)
                }
                depth += 1
            case UInt8(ascii: "/"):
                depth -= 1
                if depth < 0 { return nil }
                if depth == 0, !opensStandalone { mayCut = false }
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"):
                return nil
            case UInt8(ascii: "%") where depth == 0:
                pragmas += text(index..<after) + "\n"
            default:
                break
            }
            index = after
        }
        guard depth == 0 else { return nil }
        if start < bytes.count { pieces.append(prefix + text(start..<bytes.count)) }
        return pieces
    }
}

extension TemplateSet {
    /// Renders a template a piece at a time (see `TemplatePieces`), handing
    /// each piece's text to `take` as soon as it is rendered; the whole text
    /// at once when the template cannot be cut.
    func render(_ context: Any, with name: String, inPieces take: (String) throws -> Void) rethrows {
        guard let pieces = sources[name].flatMap(TemplatePieces.cut),
              let templates = try? pieces.map(MustacheTemplate.init(string:)) else {
            return try take(render(context, with: name))
        }
        for template in templates { try take(template.render(context, library: library)) }
    }
}
