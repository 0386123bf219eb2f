import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read back with an XML parser: it must parse, and its elements,
/// texts and extent can then be checked.
struct ParsedSVG {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var elements: [Element] = []

    init(_ svg: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        _ = parser.parse()
        if let failure = collector.failure { throw ParseFailure(description: failure) }
        guard collector.depth == 0, !collector.elements.isEmpty else {
            throw ParseFailure(description: "the SVG is not complete")
        }
        elements = collector.elements
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
    var texts: [String] { elements.filter { $0.name == "text" }.map(\.text) }
    var titles: [String] { elements.filter { $0.name == "title" }.map(\.text) }

    var viewBox: (x: Double, y: Double, width: Double, height: Double) {
        let numbers = (elements.first?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (0, 0, 0, 0)
    }

    /// The corners of every shape, the ends of every line and path segment,
    /// and the estimated extent of every text (about 0.56 em a character).
    var extremePoints: [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        for element in elements {
            func number(_ key: String) -> Double { Double(element.attributes[key] ?? "") ?? 0 }
            switch element.name {
            case "rect":
                points += [(number("x"), number("y")), (number("x") + number("width"), number("y") + number("height"))]
            case "ellipse":
                points += [(number("cx") - number("rx"), number("cy") - number("ry")),
                           (number("cx") + number("rx"), number("cy") + number("ry"))]
            case "line":
                points += [(number("x1"), number("y1")), (number("x2"), number("y2"))]
            case "polygon", "path":
                let values = (element.attributes["points"] ?? element.attributes["d"] ?? "")
                    .split(whereSeparator: { " ,MCL".contains($0) }).compactMap { Double($0) }
                points += stride(from: 0, to: values.count - 1, by: 2).map { (values[$0], values[$0 + 1]) }
            case "text":
                let size = Double(element.attributes["font-size"] ?? "12") ?? 12
                let width = Double(element.text.count) * size * 0.56
                let left = element.attributes["text-anchor"] == "middle" ? number("x") - width / 2 : number("x")
                points += [(left, number("y") - size), (left + width, number("y"))]
            default: break
            }
        }
        return points
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []
        var depth = 0
        var failure: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            depth += 1
            open.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            depth -= 1
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            failure = failure ?? "line \(parser.lineNumber): \(parseError)"
        }
    }
}
