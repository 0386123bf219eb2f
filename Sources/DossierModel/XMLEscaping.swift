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
        // The bytes are read in place and the runs between replacements
        // copied whole: a ReqIF file holds every body, and walking a
        // String's indices was most of its cost. Only ASCII bytes and
        // U+FFFE/U+FFFF (EF BF BE/BF) can need anything: of XML 1.0 §2.2's
        // Char (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
        // [#x10000-#x10FFFF]) a valid Swift string can miss only those.
        let unfit = disallowed == .replace ? "\u{FFFD}" : ""
        var replacements: [(offset: Int, width: Int, text: String)] = []
        var contiguous = value
        contiguous.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x3F && byte != 0xEF {
                    index += 1
                    continue
                }
                let replacement: String? = switch byte {
                case 0x26: "&amp;"
                case 0x3C: "&lt;"
                case 0x3E: "&gt;"
                case 0x22: inAttribute ? "&quot;" : nil
                case 0x27: inAttribute && escapingApostrophe ? "&apos;" : nil
                case 0x0A: inAttribute ? "&#10;" : nil
                case 0x0D: "&#13;"
                case 0x09: inAttribute ? "&#9;" : nil
                case ..<0x20: unfit
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    unfit
                default: nil
                }
                guard let replacement else {
                    index += 1
                    continue
                }
                let width = byte == 0xEF ? 3 : 1
                replacements.append((index, width, replacement))
                index += width
            }
        }
        guard !replacements.isEmpty else {
            output += value
            return
        }
        // Sliced as UTF-8, always at the start of a scalar: a String slice
        // would round to whole characters, and "\r\n" is one.
        let utf8 = value.utf8
        var copied = utf8.startIndex
        for replacement in replacements {
            let start = utf8.index(utf8.startIndex, offsetBy: replacement.offset)
            output += Substring(utf8[copied..<start])
            output += replacement.text
            copied = utf8.index(start, offsetBy: replacement.width)
        }
        output += Substring(utf8[copied...])
    }
}
