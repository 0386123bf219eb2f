/// Escaping for the XML the tool writes (JUnit reports, ReqIF): markup
/// characters become entities, and in attributes the white space a parser
/// would otherwise fold into spaces becomes character references. XML 1.0
/// cannot hold most control characters even as references; a value taken
/// from a file must never make the document invalid.
public enum XMLEscaping {
    /// What becomes of a character XML 1.0 cannot hold.
    public enum Disallowed: Sendable {
        case drop
        case replace
    }

    public static func escape(_ value: String, into output: inout String, inAttribute: Bool,
                              escapingApostrophe: Bool = false, disallowed: Disallowed) {
        // Runs of characters that need nothing are copied whole: a ReqIF
        // file holds every body, and appending scalar by scalar was most of
        // its cost. Only ASCII bytes and U+FFFE/U+FFFF (EF BF BE/BF) can need
        // anything; every other byte is copied as it is.
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte < 0x3F || byte == 0xEF else {
                index = bytes.index(after: index)
                continue
            }
            let scalar = value.unicodeScalars[index]
            guard let replacement = replacement(for: scalar, inAttribute: inAttribute,
                                                escapingApostrophe: escapingApostrophe, disallowed: disallowed) else {
                index = bytes.index(after: index)
                continue
            }
            // Sliced as scalars: a String slice would round to whole
            // characters, and "\r\n" is one.
            output += Substring(value.unicodeScalars[runStart..<index])
            output += replacement
            index = value.unicodeScalars.index(after: index)
            runStart = index
        }
        output += Substring(value.unicodeScalars[runStart..<bytes.endIndex])
    }

    /// What stands for `scalar` in the output, or nil when it stands for itself.
    private static func replacement(for scalar: Unicode.Scalar, inAttribute: Bool, escapingApostrophe: Bool,
                                    disallowed: Disallowed) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"" where inAttribute: "&quot;"
        case "'" where inAttribute && escapingApostrophe: "&apos;"
        case "\n" where inAttribute: "&#10;"
        case "\r": "&#13;"
        case "\t" where inAttribute: "&#9;"
        default: isAllowed(scalar) ? nil : (disallowed == .replace ? "\u{FFFD}" : "")
        }
    }

    /// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    /// (Swift strings hold no surrogates.)
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
