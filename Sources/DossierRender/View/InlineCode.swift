import DossierMustache

/// Finding messages name fields and values in backticks, as Markdown does.
/// The outputs show those spans as code; the text around them is escaped
/// like any other value.
enum InlineCode {
    /// `text` escaped for HTML, each pair of backticks as `<code>…</code>`.
    static func html(_ text: String) -> String {
        let escape = HTMLContentType().escape
        return render(text, escape: escape) { "<code>\(escape($0))</code>" }
    }

    /// `text` escaped for a dossier.md table cell, its code spans kept as
    /// code spans. Within a span only a `|` (which would end the cell) and
    /// line breaks need care.
    static func markdown(_ text: String) -> String {
        let escape = MarkdownContentType().escape
        return render(text, escape: escape) { code in
            guard !code.isEmpty else { return escape("``") }
            return "`" + code.map { $0.isNewline ? " " : $0 == "|" ? "\\|" : String($0) }.joined() + "`"
        }
    }

    /// An unpaired backtick stays a backtick, escaped as text. Split on the
    /// backtick byte, as CommonMark reads code spans; splitting the message
    /// into characters was most of the cost of showing a finding.
    private static func render(_ text: String, escape: (String) -> String, code: (String) -> String) -> String {
        let utf8 = text.utf8
        var result = ""
        var start = utf8.startIndex
        var openingTick: String.Index?
        var index = start
        while let tick = utf8[index...].firstIndex(of: UInt8(ascii: "`")) {
            let part = String(Substring(utf8[start..<tick]))
            if openingTick == nil {
                result += escape(part)
                openingTick = tick
            } else {
                result += code(part)
                openingTick = nil
            }
            start = utf8.index(after: tick)
            index = start
        }
        // The text after the last backtick: plain text, or after a backtick
        // that found no partner, which stays as written.
        let rest = openingTick.map { String(Substring(utf8[$0...])) } ?? String(Substring(utf8[start...]))
        return result + escape(rest)
    }
}
