import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML file as a tree of elements by local name, read with the SAX
/// `XMLParser` (libxml2). Subtrees that nobody reads (a `.tm7`'s
/// KnowledgeBase, most of the file) are parsed for well-formedness but not
/// kept. No DTD is loaded and no external entity resolved.
struct XMLTree {
    struct Node {
        /// The local name: prefixes and namespaces vary by writer.
        var name: String
        /// By local name (`type`, `nil`, `Id`).
        var attributes: [String: String]
        var text = ""
        var children: [Node] = []
        /// The line of the start tag, from 1.
        var line: Int

        func child(_ name: String) -> Node? { children.first { $0.name == name } }
        func children(_ name: String) -> [Node] { children.filter { $0.name == name } }

        /// The text of a child that says something: nil for a missing,
        /// `i:nil` or blank one.
        func value(_ name: String) -> String? {
            guard let node = child(name), node.attributes["nil"] != "true" else { return nil }
            let text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : node.text
        }

        /// `i:type` without its prefix: `b:StringDisplayAttribute` → `StringDisplayAttribute`.
        var type: String? { attributes["type"].map { String($0.split(separator: ":").last ?? "") } }
    }

    var root: Node
    var rootNamespace: String?

    static func parse(_ data: Data, skipping skipped: Set<String>) throws(ThreatModelReadError) -> XMLTree {
        if let position = XMLProlog.documentTypePosition(in: data) {
            throw .documentType(line: position.line, column: position.column)
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = Builder(skipping: skipped)
        parser.delegate = builder
        _ = parser.parse()
        // parse() can return true after an error (a mismatched end tag): the
        // first error the delegate saw is the one to report.
        if let failure = builder.failure {
            throw .notXML(line: failure.line, column: failure.column, detail: XMLProlog.describe(failure.code))
        }
        guard let root = builder.root else {
            throw .notXML(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                          detail: "the file ends before its root element is closed")
        }
        return XMLTree(root: root, rootNamespace: builder.rootNamespace)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let skipped: Set<String>
        var stack: [Node] = []
        var root: Node?
        var rootNamespace: String?
        var skipDepth = 0
        var failure: (code: Int, line: Int, column: Int)?

        init(skipping skipped: Set<String>) { self.skipped = skipped }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            if stack.count == 1, skipped.contains(elementName) {
                skipDepth = 1
                return
            }
            if stack.isEmpty { rootNamespace = namespaceURI }
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict {
                attributes[String(key.split(separator: ":").last ?? "")] = value
            }
            stack.append(Node(name: elementName, attributes: attributes, line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            guard let node = stack.popLast() else { return }
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].children.append(node)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard skipDepth == 0, !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard skipDepth == 0, !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard failure == nil else { return }
            failure = ((parseError as NSError).code, max(1, parser.lineNumber), max(1, parser.columnNumber))
            parser.abortParsing()
        }

        /// Never called with the parser's settings; here so that no
        /// version of Foundation can read an external entity for it.
        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
    }
}
