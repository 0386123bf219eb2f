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
        var references: [BodyReference] = []
        var fileLinks: [BodyFileLink] = []
        var prose = ""
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
                } else {
                    prose += " "
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                breaks += 1
                prose += " "
            case CMARK_NODE_TEXT:
                let text = node.cmarkLiteral ?? ""
                prose += text
                for target in InlineReferences.targets(in: text) {
                    references.append(BodyReference(target: target, line: lineOffset + blockLine + breaks))
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard enter, let url = node.cmarkURL, let destination = RelativeLink.destination(of: url) else { break }
                fileLinks.append(BodyFileLink(destination: destination, line: lineOffset + blockLine + breaks,
                                              isImage: type == CMARK_NODE_IMAGE))
            default:
                break
            }
        }
        return ItemBody(markdown: String(markdown), firstLine: firstLine, references: references,
                        fileLinks: fileLinks, prose: Self.fold(prose))
    }

    /// Lower case, runs of white space as one space: "matched without regard
    /// to case or line breaks" (SPEC §3, ambiguous-wording).
    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
