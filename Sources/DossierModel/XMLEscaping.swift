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
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute && escapingApostrophe: output += "&apos;"
            case "\n" where inAttribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            default:
                if isAllowed(scalar) {
                    output.unicodeScalars.append(scalar)
                } else if disallowed == .replace {
                    output += "\u{FFFD}"
                }
            }
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
