import DossierModel

/// Writes well-formed XML 1.0 into one string. Every name the writer is
/// given is the code's own; every value and text is escaped here and
/// nowhere else, and characters XML 1.0 does not allow (most C0 controls,
/// U+FFFE, U+FFFF) are dropped, since a single one makes the whole file
/// unreadable to a requirement tool.
struct XMLWriter {
    private(set) var text = ""
    /// The open elements, and whether each holds text: inside text, white
    /// space is content, so nothing is indented there.
    fileprivate var open: [(name: String, holdsText: Bool)] = []
    /// How many open elements hold text: while any does, nothing is indented.
    private var openHoldingText = 0
    /// An element's start tag is left open (`<A x="1"`) until we know
    /// whether it gets content, so an empty element ends in `/>`.
    private var startTagPending = false
    private let indented: Bool
    /// Whether text was handed over by `takeText`: the document has begun.
    private var tookText = false

    /// `indented` puts each element on its own line.
    init(indented: Bool = true) {
        self.indented = indented
    }

    /// The text written so far, which the writer forgets: a long document
    /// is handed over in parts. A start tag left open is finished in the
    /// next part, so the parts join to the same text.
    mutating func takeText() -> String {
        defer { text = "" }
        tookText = tookText || !text.isEmpty
        return text
    }

    mutating func declaration() {
        text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    }

    /// Ends the root element and the file with a line break.
    mutating func endDocument() {
        end()
        text += "\n"
    }

    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        openStartTag(name)
        for (key, value) in attributes { attribute(key, value) }
    }

    mutating func start(_ name: String, attributes: [(String, String)]) {
        openStartTag(name)
        for (key, value) in attributes { attribute(key, value) }
    }

    // Appended piece by piece: `"<" + name` made a string of its own for
    // every tag, and a ReqIF file has hundreds of thousands of them.
    private mutating func openStartTag(_ name: String) {
        closePendingStartTag()
        newline(depth: open.count)
        text += "<"
        text += name
        open.append((name, false))
        startTagPending = true
    }

    private mutating func attribute(_ key: String, _ value: String) {
        text += " "
        text += key
        text += "=\""
        Self.escape(value, into: &text, inAttribute: true)
        text += "\""
    }

    mutating func end() {
        let element = open.removeLast()
        if element.holdsText { openHoldingText -= 1 }
        if startTagPending {
            text += "/>"
            startTagPending = false
        } else {
            if !element.holdsText { newline(depth: open.count) }
            text += "</"
            text += element.name
            text += ">"
        }
    }

    /// An element holding only text: `<NAME>text</NAME>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String) {
        start(name, attributes)
        characters(content)
        end()
    }

    mutating func characters(_ content: String) {
        closePendingStartTag()
        if let last = open.indices.last, !open[last].holdsText {
            open[last].holdsText = true
            openHoldingText += 1
        }
        Self.escape(content, into: &text, inAttribute: false)
    }

    fileprivate mutating func closePendingStartTag() {
        if startTagPending {
            text += ">"
            startTagPending = false
        }
    }

    fileprivate mutating func newline(depth: Int) {
        guard indented, tookText || !text.isEmpty, openHoldingText == 0 else { return }
        text += depth < Self.lineStarts.count ? Self.lineStarts[depth] : "\n" + String(repeating: " ", count: depth)
    }

    /// A line break and the indentation of each depth a document reaches.
    private static let lineStarts = (0..<32).map { "\n" + String(repeating: " ", count: $0) }

    /// Escapes `&`, `<`, `>` and, in attributes, `"` and the white space a
    /// parser would fold; drops what XML 1.0 cannot hold.
    static func escape(_ value: String, into output: inout String, inAttribute: Bool) {
        XMLEscaping.escape(value, into: &output, inAttribute: inAttribute, disallowed: .drop)
    }
}

extension XMLWriter {
    /// Inserts XML another `XMLWriter` made (a whole element), as content
    /// of the open element. Only for the writer's own output.
    mutating func insert(_ fragment: String) {
        closePendingStartTag()
        newline(depth: open.count)
        text += fragment
    }
}
