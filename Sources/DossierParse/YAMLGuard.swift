/// Cheap checks on front-matter text before it reaches the YAML parser, whose
/// composer recurses once per nesting level and expands aliases: a hostile
/// file must get a clear error, not exhaust the stack, memory or time.
enum YAMLGuard {
    static let maximumDepth = 64
    static let maximumAliases = 32

    /// Returns why the text is refused, with its 1-based line, or nil.
    static func problem(in yaml: Substring) -> (line: Int, reason: String)? {
        if let line = aliasFlood(in: yaml) {
            return (line, "it uses more than \(maximumAliases) YAML aliases (`*name`); write the values out instead")
        }
        return nesting(in: yaml)
    }

    /// Aliases are counted without regard to quotes or comments: any quoting
    /// the scanner could misread would let a bomb through, and a false alarm
    /// needs both an anchor and dozens of `*words`, which prose does not have.
    /// Returns the line of the first alias past the limit.
    private static func aliasFlood(in yaml: Substring) -> Int? {
        var previous = UInt8(ascii: " ")
        var aliases = 0
        var hasAnchor = false
        var line = 1
        var floodLine: Int?
        for byte in yaml.utf8 {
            if byte == newline { line += 1 }
            if startsToken(after: previous) || previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") {
                if byte == UInt8(ascii: "&") { hasAnchor = true }
                if byte == UInt8(ascii: "*") {
                    aliases += 1
                    if aliases == maximumAliases + 1 { floodLine = line }
                }
            }
            previous = byte
        }
        return hasAnchor ? floodLine : nil
    }

    /// Flow nesting (`[[[…`) and block nesting (`- - - …`, deep indentation).
    /// Every character that matters is ASCII, so bytes suffice.
    private static func nesting(in yaml: Substring) -> (line: Int, reason: String)? {
        var depth = 0
        var line = 1
        var lineStart = true
        var indent = 0
        var bytes = Array(yaml.utf8)[...]
        var previous = UInt8(ascii: " ")
        while let byte = bytes.popFirst() {
            if byte == newline {
                line += 1
                lineStart = true
                indent = 0
                previous = UInt8(ascii: " ")
                continue
            }
            if lineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == 9 {
                    indent += 1
                    if indent > maximumDepth * 4 {
                        return (line, "it is indented or nested more than \(maximumDepth * 4) columns deep")
                    }
                    previous = byte
                    continue
                }
                lineStart = false
            }
            let afterToken = startsToken(after: previous)
            switch byte {
            case UInt8(ascii: "#") where afterToken:
                // A comment runs to the end of the line.
                while let next = bytes.first, next != newline { bytes.removeFirst() }
            case UInt8(ascii: "'") where afterToken:
                // Single-quoted: '' is an escaped quote.
                while let next = bytes.popFirst() {
                    if next == newline { line += 1 }
                    if next == UInt8(ascii: "'") {
                        if bytes.first == UInt8(ascii: "'") { bytes.removeFirst() } else { break }
                    }
                }
            case UInt8(ascii: "\"") where afterToken:
                // Double-quoted: a backslash escapes the next character.
                while let next = bytes.popFirst() {
                    if next == newline { line += 1 }
                    if next == UInt8(ascii: "\\") { _ = bytes.popFirst() } else if next == UInt8(ascii: "\"") { break }
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maximumDepth {
                    return (line, "it nests lists or mappings more than \(maximumDepth) levels deep")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            previous = byte
        }
        return nil
    }

    private static let newline = UInt8(ascii: "\n")

    private static func startsToken(after byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == 9 || byte == newline || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
    }
}
