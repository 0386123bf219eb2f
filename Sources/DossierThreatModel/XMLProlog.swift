import Foundation

/// What comes before an XML file's root element, read byte by byte before
/// any parser sees the file, and the words for libxml2's error codes.
enum XMLProlog {
    /// Where a `<!DOCTYPE` starts in the prolog, if there is one. A model
    /// has none; refusing it outright keeps entity expansion (a "billion
    /// laughs") and external entities out whatever the parser would do.
    static func documentTypePosition(in data: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](data)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if starts(bytes, at: index, with: "<?") {
                index = end(of: "?>", in: bytes, from: index + 2)
            } else if starts(bytes, at: index, with: "<!--") {
                index = end(of: "-->", in: bytes, from: index + 4)
            } else if starts(bytes, at: index, with: "<!DOCTYPE") || starts(bytes, at: index, with: "<!doctype") {
                let before = bytes[..<index]
                let line = before.filter { $0 == 0x0A }.count + 1
                let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                return (line, String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1)
            } else {
                return nil
            }
        }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
    }

    private static func end(of text: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: text) { return index + text.utf8.count }
            index += 1
        }
        return bytes.count
    }

    /// libxml2's error codes as `XMLParser` reports them, in words; its own
    /// messages do not reach Foundation's error.
    static func describe(_ code: Int) -> String {
        switch code {
        case 4: "no root element where the document should start"
        case 5: "the document ends before its root element is closed, or goes on after it"
        case 9: "a character XML does not allow"
        case 26: "an entity that is not declared"
        case 41: "an attribute without a value"
        case 42: "an attribute given twice"
        case 45: "a comment that is not closed"
        case 68: "a name missing where markup needs one"
        case 73: "a tag without its closing '>'"
        case 76: "an end tag that does not match the element it closes"
        case 77: "a tag that is not finished"
        case 89: "an entity that refers to itself or expands without bound"
        default: "XML error \(code) (libxml2)"
        }
    }
}
