import Foundation

/// One model diagram's figure as a page shows it (templates/architecture-figure):
/// the inline picture and the rows of the table of the same facts.
struct DiagramFigureHTML {
    struct Row: Equatable {
        var anchor: String
        /// As written in the page, escaped.
        var name: String
        var kind: String
        var threats: String
        var state: String
    }

    var svg: String?
    var rows: [Row]
    var text: String

    /// The figure whose id is `anchor`, from its start to the end of its table.
    init?(_ anchor: String, in html: String) {
        guard let start = html.range(of: "<div class=\"architecture-diagram\" id=\"\(anchor)\">") else { return nil }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</table>")?.upperBound ?? rest.range(of: "</div>")?.upperBound ?? rest.endIndex
        let text = String(rest[..<end])
        self.text = text
        svg = text.range(of: "<svg").flatMap { open in
            text.range(of: "</svg>", range: open.lowerBound..<text.endIndex).map { String(text[open.lowerBound..<$0.upperBound]) }
        }
        rows = text.matches(of: #/(?s)<tr id="([^"]*)"><td>([^<]*)</td><td>([^<]*)</td><td>(.*?)</td><td>(.*?)</td></tr>/#)
            .map { Row(anchor: String($0.output.1), name: String($0.output.2), kind: String($0.output.3),
                       threats: String($0.output.4), state: String($0.output.5)) }
    }

    /// Text as the HTML templates escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The figures a page holds, by count of their pictures.
    static func pictureCount(in html: String) -> Int {
        html.components(separatedBy: "<figure class=\"chart architecture\">").count - 1
    }
}
