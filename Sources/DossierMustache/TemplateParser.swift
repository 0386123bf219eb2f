/// Reads a template's text into nodes, on its UTF-8 bytes.
///
/// Which tags stand alone follows the line the parser is on: a tag alone on
/// its line (section, comment, partial, delimiter or setting tag) removes
/// that line from the output, as the Mustache specification asks. A section
/// body starts on a fresh line only when its opening tag stood alone, and
/// the line after a section does only when its opening tag did; templates
/// written for swift-mustache, which decides the same way, render byte for
/// byte as they did.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private let contentTypes: [String: any TemplateContentType]

    private struct State {
        var newLine = true
        /// The section being read, with where its opening tag starts.
        var section: (name: String, offset: Int)?
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        /// Inside `{{<parent}}`: directly (only blocks may follow), or in one of its blocks.
        var inParent = false
        var inParentTopLevel = false
        /// The indentation of a block definition's first line, which its other lines lose.
        var blockIndentation: [UInt8]?
        var depth = 0
    }

    /// How deep sections may nest: a template nested deeper is refused
    /// rather than allowed to exhaust the stack, here or when it renders.
    static let depthLimit = 500

    init(_ text: String, contentTypes: [String: any TemplateContentType]) {
        bytes = Array(text.utf8)
        self.contentTypes = contentTypes
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parse(State())
    }

    private mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        // The blanks that open the line, held back until it is known whether
        // a tag stands alone on it.
        var blanks: [UInt8] = []
        while position < bytes.count {
            if state.newLine {
                let read = readBlanks()
                if state.inParent, !state.inParentTopLevel {
                    if let indentation = state.blockIndentation {
                        blanks = Array(read.dropFirst(indentation.count))
                    } else {
                        state.blockIndentation = read
                    }
                } else {
                    blanks = read
                }
            }
            let tagStart: Int
            let (text, foundTag) = readText(until: state.open)
            if !foundTag, let length = newlineLength(at: position) {
                nodes.append(.text(string(blanks + text + bytes[position..<position + length])))
                position += length
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(string(blanks + text)))
                blanks = []
                state.newLine = false
            }
            guard foundTag else {
                // Blanks that end the template after its last line end stay.
                if !blanks.isEmpty { nodes.append(.text(string(blanks))) }
                break
            }
            tagStart = position - state.open.count
            guard position < bytes.count else { throw error(.endsInsideTag, at: bytes.count) }
            func flushBlanks() {
                if !blanks.isEmpty {
                    nodes.append(.text(string(blanks)))
                    blanks = []
                }
            }
            var standsAlone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                if isStandalone(state) { standsAlone = true } else { flushBlanks() }
                var inner = try nested(state, in: name, at: tagStart)
                inner.inParentTopLevel = false
                if !standsAlone { inner.newLine = false }
                let body = try parse(inner)
                nodes.append(inverted ? .invertedSection(TemplatePath(name), body) : .section(TemplatePath(name), body))
            case UInt8(ascii: "/"):
                position += 1
                let nameOffset = position
                let name = try readName(state)
                guard name == state.section?.name else {
                    throw error(.sectionClosedWithOtherName(opened: state.section?.name, closed: name), at: nameOffset)
                }
                if !isStandalone(state) { flushBlanks() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close, from: position) else { throw error(.endsInsideTag, at: bytes.count) }
                position = end + state.close.count
                standsAlone = isStandalone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                flushBlanks()
                position += 1
                let name = try readName(state)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(.unfinishedTag, at: position)
                    }
                    position += 1
                }
                nodes.append(.variable(TemplatePath(name), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let dynamic = position < bytes.count && bytes[position] == UInt8(ascii: "*")
                if dynamic { position += 1 }
                let name = try readPartialName(state)
                let indentation = string(blanks)
                flushBlanks()
                standsAlone = isStandalone(state)
                let indent = standsAlone ? indentation : nil
                nodes.append(.partial(dynamic ? .dynamic(TemplatePath(name)) : .named(name), indentation: indent,
                                      blocks: nil))
            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                let name = try readPartialName(state)
                let indentation = string(blanks)
                flushBlanks()
                standsAlone = isStandalone(state)
                var inner = try nested(state, in: name, at: tagStart)
                inner.newLine = true
                inner.inParent = true
                inner.inParentTopLevel = true
                var blocks: [String: [TemplateNode]] = [:]
                for node in try parse(inner) {
                    switch node {
                    case .block(let blockName, let body, indentation: nil, _): blocks[blockName] = body
                    case .text: break
                    default: throw error(.misplacedTagInParent, at: tagStart)
                    }
                }
                let partial: PartialName = name.hasPrefix("*") ? .dynamic(TemplatePath(String(name.dropFirst())))
                                                               : .named(name)
                nodes.append(.partial(partial, indentation: indentation, blocks: blocks))
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                var inner = try nested(state, in: name, at: tagStart)
                inner.inParentTopLevel = false
                if state.inParentTopLevel {
                    standsAlone = isStandalone(state)
                    if !standsAlone { inner.newLine = false }
                    // A definition: `indentation: nil` tells it from a block to fill.
                    nodes.append(.block(name, defaultNodes: try parse(inner), indentation: nil, intrinsicIndentation: ""))
                } else {
                    let indentation = string(blanks)
                    flushBlanks()
                    standsAlone = isStandalone(state)
                    if !standsAlone { inner.newLine = false }
                    let defaultNodes = try parse(inner)
                    var intrinsic = ""
                    if standsAlone, case .text(let firstLine) = defaultNodes.first {
                        intrinsic = String(firstLine.prefix { $0 == " " || $0 == "\t" })
                    }
                    nodes.append(.block(name, defaultNodes: defaultNodes, indentation: indentation,
                                        intrinsicIndentation: intrinsic))
                }
            case UInt8(ascii: "="):
                position += 1
                (state.open, state.close) = try readDelimiters(state)
                state.inParentTopLevel = false
                standsAlone = isStandalone(state)
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(try readSetting(state)))
                standsAlone = isStandalone(state)
            default:
                flushBlanks()
                nodes.append(.variable(TemplatePath(try readName(state)), escaped: true))
            }
            state.newLine = standsAlone
        }
        if let section = state.section {
            throw error(.sectionNeverClosed(name: section.name), at: section.offset)
        }
        return nodes
    }

    /// The state inside a section, parent or block named `name` that opens at `offset`.
    private func nested(_ state: State, in name: String, at offset: Int) throws(TemplateSyntaxError) -> State {
        guard state.depth < Self.depthLimit else { throw error(.nestedTooDeep(limit: Self.depthLimit), at: offset) }
        var inner = state
        inner.section = (name, offset)
        inner.depth += 1
        return inner
    }

    // MARK: Reading

    private func string<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: Array(bytes), as: UTF8.self)
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The length of the line end at `offset`: LF or CR LF.
    private func newlineLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == UInt8(ascii: "\n") { return 1 }
        if bytes[offset] == UInt8(ascii: "\r"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") {
            return 2
        }
        return nil
    }

    private mutating func readBlanks() -> [UInt8] {
        let start = position
        while position < bytes.count, isBlank(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    }

    /// The text up to the next line end (left unread) or the next tag
    /// (whose opening delimiter is read), and whether a tag was found.
    private mutating func readText(until open: [UInt8]) -> ([UInt8], Bool) {
        let start = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { return (Array(bytes[start..<position]), false) }
            if bytes[position] == open[0], matches(open, at: position) {
                let text = Array(bytes[start..<position])
                position += open.count
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        offset + pattern.count <= bytes.count && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
    }

    private func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the tag just read stands alone: it was the first thing on a
    /// fresh line and only blanks follow it to the line's end, which is read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == bytes.count { return true }
        var index = position
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        if let length = newlineLength(at: index) {
            position = index + length
            return true
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") {
            position = index + 1
            return true
        }
        return false
    }

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)

    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> String {
        try readName(state, allowing: Self.nameBytes)
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
        try readName(state, allowing: Self.nameBytes.union("/()".utf8))
    }

    private mutating func readName(_ state: State, allowing allowed: Set<UInt8>) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let name = string(bytes[start..<position])
        skipWhitespace()
        guard position < bytes.count else { throw error(.endsInsideTag, at: bytes.count) }
        guard matches(state.close, at: position) else {
            throw error(name.isEmpty || !isWhitespace(bytes[position - 1]) ? .invalidName : .unfinishedTag,
                        at: position)
        }
        guard !name.isEmpty else { throw error(.invalidName, at: position) }
        position += state.close.count
        return name
    }

    private mutating func readDelimiters(_ state: State) throws(TemplateSyntaxError) -> ([UInt8], [UInt8]) {
        skipWhitespace()
        let openStart = position
        while position < bytes.count, !isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") {
            position += 1
        }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
              matches(state.close, at: position + 1) else { throw error(.invalidSetDelimiter, at: openStart) }
        position += 1 + state.close.count
        return (open, close)
    }

    private mutating func readSetting(_ state: State) throws(TemplateSyntaxError) -> any TemplateContentType {
        let start = position
        skipWhitespace()
        let words = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)
        func word() -> String {
            let from = position
            while position < bytes.count, words.contains(bytes[position]) { position += 1 }
            return string(bytes[from..<position])
        }
        let setting = word()
        skipWhitespace()
        guard setting == "CONTENT_TYPE", position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error(.unknownSetting, at: start)
        }
        position += 1
        skipWhitespace()
        let value = word()
        skipWhitespace()
        guard matches(state.close, at: position) else { throw error(.unknownSetting, at: start) }
        position += state.close.count
        guard let contentType = contentTypes[value] else { throw error(.unknownContentType(value), at: start) }
        return contentType
    }

    /// The error at byte `offset`, counted as a line and a column of characters.
    private func error(_ kind: TemplateSyntaxError.Kind, at offset: Int) -> TemplateSyntaxError {
        let before = bytes[0..<min(offset, bytes.count)]
        let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return TemplateSyntaxError(kind: kind, line: line, column: column)
    }
}
