import DossierModel
import DossierMustache
import Foundation

/// Text from a threat-model file is plain text (docs/format.md, "Imported
/// threats"): never read as Markdown or HTML, its line breaks kept.
enum PlainText {
    /// Escaped HTML paragraphs, a blank line between paragraphs, `<br>` within one.
    static func html(_ text: String) -> String {
        let escape = HTMLContentType().escape
        return paragraphs(of: text).map { lines in
            "<p class=\"model-text\">" + lines.map(escape).joined(separator: "<br>\n") + "</p>"
        }.joined(separator: "\n")
    }

    /// CommonMark that reads as the text does: every punctuation character
    /// that could start markup escaped, hard line breaks within a paragraph.
    static func commonMark(_ text: String) -> String {
        paragraphs(of: text).map { lines in
            lines.map(escapeMarkdown).joined(separator: "\\\n")
        }.joined(separator: "\n\n")
    }

    private static func paragraphs(of text: String) -> [[String]] {
        var paragraphs: [[String]] = [[]]
        let lines = ByteSearch.replacing("\r\n", with: "\n", in: text).split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(trimmed)
            }
        }
        return paragraphs.filter { !$0.isEmpty }
    }

    private static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
