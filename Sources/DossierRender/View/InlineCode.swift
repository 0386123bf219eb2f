/// Finding messages name fields and values in backticks, as Markdown does.
/// The outputs show those spans as code; the text around them is escaped
/// like any other value.
enum InlineCode {
    /// `text` escaped for HTML, each pair of backticks as `<code>…</code>`.
    static func html(_ text: String) -> String {
        let escape = HTMLContentType().escapeText
        return render(text, escape: escape) { "<code>\(escape($0))</code>" }
    }

    /// `text` escaped for a dossier.md table cell, its code spans kept as
    /// code spans. Within a span only a `|` (which would end the cell) and
    /// line breaks need care.
    static func markdown(_ text: String) -> String {
        let escape = MarkdownContentType().escapeText
        return render(text, escape: escape) { code in
            guard !code.isEmpty else { return escape("``") }
            return "`" + code.map { $0.isNewline ? " " : $0 == "|" ? "\\|" : String($0) }.joined() + "`"
        }
    }

    /// An unpaired backtick stays a backtick, escaped as text.
    private static func render(_ text: String, escape: (String) -> String, code: (String) -> String) -> String {
        var parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        // An odd count of backticks leaves the last one without a partner.
        let unpaired = parts.count % 2 == 0 ? parts.removeLast() : nil
        var result = ""
        for (offset, part) in parts.enumerated() {
            result += offset % 2 == 0 ? escape(part) : code(part)
        }
        if let unpaired { result += escape("`" + unpaired) }
        return result
    }
}
