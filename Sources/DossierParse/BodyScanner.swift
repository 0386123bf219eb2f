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
                // A table cell holds its text without a paragraph; ending
                // every block with a space keeps one cell's last word from
                // running into the next cell's first.
                if !enter, node.isCmarkBlock { prose.append(" ", line: 0) }
            }
        }
        return ItemBody(markdown: String(markdown), firstLine: firstLine, references: references,
                        fileLinks: fileLinks, prose: prose.text, proseLines: prose.lines)
    }
}

/// Finds where inline text stands in the body's source, moving forward only,
/// so repeated references are placed on successive occurrences.
struct SourceCursor {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 at index 0.
    private let lineStarts: [Int]
    private var line = 1
    private var offset = 0

    init(_ markdown: Substring) {
        var markdown = markdown
        var starts = [0]
        bytes = markdown.withUTF8 { buffer in
            for index in buffer.indices where buffer[index] == 10 { starts.append(index + 1) }
            return Array(buffer)
        }
        lineStarts = starts
    }

    mutating func moveTo(line newLine: Int) {
        guard newLine > line, newLine <= lineStarts.count else { return }
        line = newLine
        offset = lineStarts[newLine - 1]
    }

    /// The 1-based body line where `needle` next occurs at or after `earliest`
    /// and the cursor; the cursor's line when it cannot be found (escapes,
    /// entities). A run of prose only marks where it starts, so the
    /// references inside it are still found after it.
    mutating func locate(_ needle: String, from earliest: Int, consuming: Bool = true) -> Int {
        moveTo(line: earliest)
        var pin = needle
        let found = pin.withUTF8 { needleBytes in
            bytes.withUnsafeBytes { ByteSearch.firstOffset(of: UnsafeRawBufferPointer(needleBytes), in: $0, from: offset) }
        }
        guard let found else { return line }
        offset = consuming ? found + needle.utf8.count : found
        line = lineNumber(at: found)
        return line
    }

    private func lineNumber(at byteOffset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= byteOffset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
