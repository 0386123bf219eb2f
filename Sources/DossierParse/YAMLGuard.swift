/// Cheap checks on front-matter text before it reaches the YAML parser, whose
/// composer recurses once per nesting level and expands aliases: a hostile
/// file must get a clear error, not exhaust the stack or memory.
enum YAMLGuard {
    static let maximumDepth = 64
    static let maximumAliases = 32

    /// Returns why the text is refused, with its 1-based line, or nil.
    static func problem(in yaml: Substring) -> (line: Int, reason: String)? {
        var depth = 0
        var line = 1
        var aliases = 0
        var hasAnchor = false
        var quote: Character?
        var atLineStart = true
        var leadingIndicators = 0
        var previous: Character = " "
        for character in yaml {
            defer { previous = character }
            if character == "\n" {
                line += 1
                atLineStart = true
                leadingIndicators = 0
                continue
            }
            if let open = quote {
                if character == open && !(open == "\"" && previous == "\\") { quote = nil }
                continue
            }
            if atLineStart {
                if character == " " || character == "-" || character == "?" || character == "\t" {
                    leadingIndicators += 1
                    if leadingIndicators > maximumDepth * 4 {
                        return (line, "it is indented or nested more than \(maximumDepth * 4) columns deep")
                    }
                } else {
                    atLineStart = false
                }
            }
            let startsToken = previous.isWhitespace || "[{,:".contains(previous)
            switch character {
            case "\"", "'":
                if startsToken { quote = character }
            case "[", "{":
                depth += 1
                if depth > maximumDepth {
                    return (line, "it nests lists or mappings more than \(maximumDepth) levels deep")
                }
            case "]", "}":
                depth = max(0, depth - 1)
            case "&":
                if startsToken { hasAnchor = true }
            case "*":
                if startsToken { aliases += 1 }
            default:
                break
            }
        }
        if hasAnchor && aliases > maximumAliases {
            return (1, "it uses more than \(maximumAliases) YAML aliases (`*name`); write the values out instead")
        }
        return nil
    }
}
