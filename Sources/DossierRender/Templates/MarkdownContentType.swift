import Foundation
import DossierMustache

/// Escaping for dossier.md: values from front matter must not become
/// Markdown syntax or raw HTML, and must stay inside their table cell.
struct MarkdownContentType: TemplateContentType {
    static let name = "MARKDOWN"

    func escape(_ text: String) -> String {
        var text = text
        switch text.withUTF8(Self.escapeASCII) {
        case .unchanged: return text
        case .escaped(let escaped): return escaped
        case .notASCII: break
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}", "&":
                escaped.append("\\")
                escaped.append(character)
            case "\n", "\r", "\t":
                escaped.append(" ")
            default:
                escaped.append(character)
            }
        }
        return escaped
    }

    private enum ASCIIEscape {
        case unchanged, escaped(String), notASCII
    }

    /// The same escape on bytes, for text that is all ASCII (most values),
    /// where every byte is one character except CR LF, which is one
    /// character that none of the cases above matches.
    private static func escapeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIEscape {
        var needsEscape = false
        for byte in bytes {
            if byte >= 0x80 { return .notASCII }
            if isSpecial[Int(byte)] { needsEscape = true }
        }
        guard needsEscape else { return .unchanged }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0D where index + 1 < bytes.count && bytes[index + 1] == 0x0A:
                escaped += [0x0D, 0x0A]
                index += 1
            case 0x0A, 0x0D, 0x09:
                escaped.append(0x20)
            case _ where isSpecial[Int(byte)]:
                escaped += [0x5C, byte]
            default:
                escaped.append(byte)
            }
            index += 1
        }
        return .escaped(String(decoding: escaped, as: UTF8.self))
    }

    /// The ASCII bytes `escape` changes: the escaped ones and line breaks and tabs.
    private static let isSpecial: [Bool] = (0..<128).map { byte in
        Array("\\`*_[]<>|#!~{}&\n\r\t".utf8).contains(UInt8(byte))
    }
}
