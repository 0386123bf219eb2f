import DossierModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG as XML (libxml2 through FoundationXML's `XMLParser`, which
/// never reads an external entity) for what a PDF renderer trips over:
/// XML that does not parse, and references to ids the file does not define.
public enum SVGInspection {
    /// The file's defect, or nil when it parses and every reference it makes
    /// to one of its own ids finds that id.
    public static func defect(of data: Data) -> SVGDefect? {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        // libxml2 reports some errors (a mismatched end tag) and still
        // returns success: the first error the delegate heard decides.
        if let error = reader.error {
            return .notXML(line: error.line, column: error.column, reason: reason(forCode: error.code))
        }
        guard reader.sawElement else {
            return .notXML(line: 1, column: 1, reason: "it holds no XML element")
        }
        let undefined = reader.references.subtracting(reader.ids)
        return undefined.isEmpty ? nil : .undefinedReferences(undefined.sorted(by: ByteOrder.precedes))
    }

    /// The ids that `url(#id)` names in `text`, in order; local references only.
    static func urlReferences(in text: String) -> [String] {
        guard text.contains("url(") else { return [] }
        return text.matches(of: urlReference).map { String($0.output.id) }
    }

    /// `url(#a)`, `url('#a')`, `url("#a")`, with spaces inside the brackets;
    /// quotes may stand as XML escapes in text read raw.
    nonisolated(unsafe) static let urlReference =
        #/url\(\s*(?<quote>["']|&quot;|&apos;)?#(?<id>[^\s"'()&]+)(?:["']|&quot;|&apos;)?\s*\)/#

    /// libxml2's error codes (`xmlParserErrors`) an SVG written by hand or a
    /// careless exporter runs into, in words.
    static func reason(forCode code: Int) -> String {
        switch code {
        case 4: "it does not begin with an XML element"
        case 5: "an element is not closed, or something follows the end of the root element"
        case 26: "it uses an entity that XML does not define (write the character itself, not `&nbsp;`)"
        case 39: "an attribute value is not in quotes"
        case 68: "a bare `&` or `<` in text (write `&amp;` or `&lt;`)"
        case 73: "a tag is not closed with `>`"
        case 76: "an end tag does not match its start tag"
        case 89: "its entities expand without limit"
        default: "libxml2 error \(code)"
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        struct Failure {
            var line: Int
            var column: Int
            var code: Int
        }

        var ids: Set<String> = []
        var references: Set<String> = []
        var error: Failure?
        var sawElement = false
        /// Inside a `<style>` element: its text is CSS that may name ids.
        private var styleDepth = 0

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            sawElement = true
            let element = Self.localName(elementName)
            if element == "style" { styleDepth += 1 }
            for (name, value) in attributes {
                switch Self.localName(name) {
                case "id": ids.insert(value)
                // An `<a>` may link to an anchor of the page it is shown in.
                case "href" where element != "a" && value.hasPrefix("#") && value.count > 1:
                    references.insert(String(value.dropFirst()))
                default: references.formUnion(SVGInspection.urlReferences(in: value))
                }
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            if Self.localName(elementName) == "style" { styleDepth = max(0, styleDepth - 1) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if styleDepth > 0 { references.formUnion(SVGInspection.urlReferences(in: string)) }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if styleDepth > 0 {
                references.formUnion(SVGInspection.urlReferences(in: String(decoding: block, as: UTF8.self)))
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            error = Failure(line: parser.lineNumber, column: parser.columnNumber, code: (parseError as NSError).code)
        }

        /// `svg:style` → `style`, `xlink:href` → `href`.
        private static func localName(_ name: String) -> Substring {
            name.split(separator: ":", maxSplits: 1).last ?? Substring(name)
        }
    }
}
