import CCmark
import DossierModel
import Foundation

/// Reads what the link and analyze stages need out of a Markdown body:
/// `[[ID]]` references and relative links with their file lines, and the
/// prose for wording checks. Code spans and blocks are not prose and hold no
/// references (an example `[[ID]]` in code is just text).
enum BodyScanner {
    static func scan(_ markdown: Substring, firstLine: Int) -> ItemBody {
        let document = CmarkDocument(markdown: markdown)
        var source = SourceCursor(markdown)
        var references: [BodyReference] = []
        var fileLinks: [BodyFileLink] = []
        var prose = ProseBuilder()
        var blockLine = 1
        var breaks = 0
        let lineOffset = firstLine - 1

        document.walk { node, enter in
            let type = node.cmarkType
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if enter {
                    blockLine = node.cmarkStartLine
                    breaks = 0
                    source.moveTo(line: blockLine)
                } else {
                    prose.append(" ", line: 0)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                breaks += 1
                prose.append(" ", line: 0)
            case CMARK_NODE_TEXT:
                let text = node.cmarkLiteral ?? ""
                // cmark's inline lines and soft breaks both miss line breaks
                // inside code spans; the source, searched forward, does not.
                let earliest = max(blockLine + breaks, node.cmarkStartLine)
                prose.append(text, line: lineOffset + source.locate(String(text.prefix(24)), from: earliest,
                                                                                   consuming: false))
                for target in InlineReferences.targets(in: text) {
                    let line = source.locate("[[\(target)]]", from: earliest)
                    references.append(BodyReference(target: target, line: lineOffset + line))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard enter, let url = node.cmarkURL, let destination = RelativeLink.destination(of: url) else { break }
                let line = source.locate(url, from: max(blockLine + breaks, node.cmarkStartLine))
                fileLinks.append(BodyFileLink(destination: destination, line: lineOffset + line,
                                              isImage: type == CMARK_NODE_IMAGE))
            default:
                break
            }
        }
        return ItemBody(markdown: String(markdown), firstLine: firstLine, references: references,
                        fileLinks: fileLinks, prose: prose.text, proseLines: prose.lines)
    }
}

/// Finds where inline text stands in the body's source, moving forward only,
/// so repeated references are placed on successive occurrences.
struct SourceCursor {
    private let lines: [Substring]
    private var line = 1
    private var column: String.Index?

    init(_ markdown: Substring) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func moveTo(line newLine: Int) {
        if newLine > line { line = newLine; column = nil }
    }

    /// The 1-based body line where `needle` next occurs at or after `earliest`
    /// and the cursor; the cursor's line when it cannot be found (escapes,
    /// entities). A run of prose only marks where it starts, so the
    /// references inside it are still found after it.
    mutating func locate(_ needle: String, from earliest: Int, consuming: Bool = true) -> Int {
        moveTo(line: earliest)
        guard !needle.isEmpty else { return line }
        var current = line
        while current <= lines.count {
            let text = lines[current - 1]
            let start = current == line ? (column ?? text.startIndex) : text.startIndex
            if start <= text.endIndex, let found = text[start...].range(of: needle) {
                line = current
                column = consuming ? found.upperBound : found.lowerBound
                return current
            }
            current += 1
        }
        return line
    }
}

/// Builds the folded, lower-case prose and remembers the line of each run.
struct ProseBuilder {
    private(set) var text = ""
    private(set) var lines: [ProseLine] = []
    private var lastWasSpace = true

    mutating func append(_ run: String, line: Int) {
        if line > 0 { lines.append(ProseLine(offset: text.utf8.count, line: line)) }
        for character in run.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(character)
                lastWasSpace = false
            }
        }
    }
}
