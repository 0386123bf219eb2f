import Foundation
import Mustache

/// Escaping for dossier.md: values from front matter must not become
/// Markdown syntax or raw HTML, and must stay inside their table cell.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)

    static func registerOnce() { _ = registration }

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}", "&":
                escaped.append("\\")
                escaped.append(character)
            case "\n", "\r", "\t":
                escaped.append(" ")
            default:
                escaped.append(character)
            }
        }
        return escaped
    }
}
