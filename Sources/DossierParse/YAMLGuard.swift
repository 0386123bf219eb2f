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
        var previous: Character = " "
        var aliases = 0
        var hasAnchor = false
        var line = 1
        var floodLine: Int?
        for character in yaml {
            if character == "\n" { line += 1 }
            let startsToken = previous.isWhitespace || "[{,:-?".contains(previous)
            if startsToken && character == "&" { hasAnchor = true }
            if startsToken && character == "*" {
                aliases += 1
                if aliases == maximumAliases + 1 { floodLine = line }
            }
            previous = character
        }
        return hasAnchor ? floodLine : nil
    }

    /// Flow nesting (`[[[…`) and block nesting (`- - - …`, deep indentation).
    private static func nesting(in yaml: Substring) -> (line: Int, reason: String)? {
        var depth = 0
        var line = 1
        var lineStart = true
        var indent = 0
        var scalars = Array(yaml.unicodeScalars)[...]
        var previous: Unicode.Scalar = " "
        while let scalar = scalars.popFirst() {
            if scalar == "\n" {
                line += 1
                lineStart = true
                indent = 0
                previous = " "
                continue
            }
            if lineStart {
                if scalar == " " || scalar == "-" || scalar == "?" || scalar == "\t" {
                    indent += 1
                    if indent > maximumDepth * 4 {
                        return (line, "it is indented or nested more than \(maximumDepth * 4) columns deep")
                    }
                    previous = scalar
                    continue
                }
                lineStart = false
            }
            let startsToken = previous == " " || previous == "\t" || "[{,:".unicodeScalars.contains(previous)
            switch scalar {
            case "#" where startsToken:
                // A comment runs to the end of the line.
                while let next = scalars.first, next != "\n" { scalars.removeFirst() }
            case "'" where startsToken:
                // Single-quoted: '' is an escaped quote.
                while let next = scalars.popFirst() {
                    if next == "\n" { line += 1 }
                    if next == "'" {
                        if scalars.first == "'" { scalars.removeFirst() } else { break }
                    }
                }
            case "\"" where startsToken:
                // Double-quoted: a backslash escapes the next character.
                while let next = scalars.popFirst() {
                    if next == "\n" { line += 1 }
                    if next == "\\" { _ = scalars.popFirst() } else if next == "\"" { break }
                }
            case "[", "{":
                depth += 1
                if depth > maximumDepth {
                    return (line, "it nests lists or mappings more than \(maximumDepth) levels deep")
                }
            case "]", "}":
                depth = max(0, depth - 1)
            default:
                break
            }
            previous = scalar
        }
        return nil
    }
}
