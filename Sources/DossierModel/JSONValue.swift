/// A JSON document with keys in the order they were written: exports are
/// compared byte for byte, so the writer, not a dictionary, decides order.
public indirect enum JSONValue: Hashable, Sendable {
    case string(String)
    case number(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Two-space indentation and a final newline, like most tools' JSON.
    public func rendered() -> String {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    // Written as UTF-8 bytes: appending to a String scalar by scalar was most
    // of the export's time, and bodies are long and full of newlines.
    func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.writeString(text, to: &output)
        case .number(let value): output += String(value).utf8
        case .double(let value):
            output += (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let values):
            guard !values.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (offset, value) in values.enumerated() {
                Self.writeIndent(indent + 1, to: &output)
                value.write(to: &output, indent: indent + 1)
                output += (offset == values.count - 1 ? "\n" : ",\n").utf8
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            for (offset, (key, value)) in pairs.enumerated() {
                Self.writeIndent(indent + 1, to: &output)
                Self.writeString(key, to: &output)
                output += ": ".utf8
                value.write(to: &output, indent: indent + 1)
                output += (offset == pairs.count - 1 ? "\n" : ",\n").utf8
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    static func writeIndent(_ level: Int, to output: inout [UInt8]) {
        for _ in 0..<(2 * level) { output.append(0x20) }
    }

    /// Escapes `"`, `\`, control characters and U+2028/U+2029 (which end a
    /// line in JavaScript); every other byte is copied as it is.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0  // bytes copied unchanged are appended a run at a time
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String
                var width = 1
                switch byte {
                case 0x22: escape = #"\""#
                case 0x5C: escape = #"\\"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                    width = 3
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    index += 1
                    continue
                }
                output += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                output += escape.utf8
                index += width
                runStart = index
            }
            output += UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])
        }
        output.append(0x22)
    }
}
