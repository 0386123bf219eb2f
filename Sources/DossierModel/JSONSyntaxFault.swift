/// Where a JSON file stops being JSON (RFC 8259), and what was expected
/// there. Foundation's decoders say only "not valid JSON", with no place; a
/// reader that failed runs this over the same bytes to name the line and
/// column. Only called on failure, so it favours plain code over speed.
public struct JSONSyntaxFault: Hashable, Sendable {
    /// The byte offset of the fault.
    public var offset: Int
    /// "expected a key in double quotes, found `,`".
    public var problem: String

    /// The first fault of `bytes`, nil when they are one JSON value.
    public init?(in bytes: [UInt8]) {
        var scanner = JSONSyntaxScanner(bytes)
        guard let fault = scanner.firstFault() else { return nil }
        self = fault
    }

    init(offset: Int, problem: String) {
        self.offset = offset
        self.problem = problem
    }

    /// The line and column of the fault in `bytes`.
    public func position(in bytes: [UInt8]) -> TextPosition { TextPosition(ofByte: offset, in: bytes) }
}

/// The scan behind `JSONSyntaxFault`: a loop over a stack of open lists and
/// objects rather than recursion, so a hostile file nested a million deep
/// costs memory, not the stack.
private struct JSONSyntaxScanner {
    private enum Expecting {
        case value, valueOrClose, key, keyOrClose, colon, commaOrClose, end
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var open: [UInt8] = []
    private var expecting = Expecting.value
    /// The offset of the comma just read, to blame it for a `]` or `}`
    /// after it; nil once anything else is read.
    private var comma: Int?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A byte-order mark is no fault: Foundation reads past it too.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    mutating func firstFault() -> JSONSyntaxFault? {
        while true {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
            guard offset < bytes.count else {
                return expecting == .end ? nil : JSONSyntaxFault(offset: offset, problem: "the file ends before the JSON does"
                    + (open.isEmpty ? "" : " (\(open.count) `[` or `{` not closed)"))
            }
            if let fault = step(bytes[offset]) { return fault }
        }
    }

    private mutating func step(_ byte: UInt8) -> JSONSyntaxFault? {
        let comma = self.comma
        self.comma = nil
        switch expecting {
        case .value, .valueOrClose:
            if byte == UInt8(ascii: "]") {
                if let comma { return trailing(comma, before: "]") }
                if expecting == .valueOrClose { return close() }
            }
            return value(byte)
        case .key, .keyOrClose:
            if byte == UInt8(ascii: "}") {
                if let comma { return trailing(comma, before: "}") }
                if expecting == .keyOrClose { return close() }
            }
            guard byte == UInt8(ascii: "\"") else { return fault("a key in double quotes") }
            if let fault = string() { return fault }
            expecting = .colon
        case .colon:
            guard byte == UInt8(ascii: ":") else { return fault("a `:` after the key") }
            offset += 1
            expecting = .value
        case .commaOrClose:
            let closing = open.last == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if byte == closing { return close() }
            guard byte == UInt8(ascii: ",") else {
                return fault("a `,` or `\(Character(Unicode.Scalar(closing)))`")
            }
            self.comma = offset
            offset += 1
            expecting = open.last == UInt8(ascii: "{") ? .key : .value
            return nil
        case .end:
            return fault("nothing more after the end of the JSON value")
        }
        return nil
    }

    private func trailing(_ comma: Int, before closing: String) -> JSONSyntaxFault {
        JSONSyntaxFault(offset: comma, problem: "a `,` before `\(closing)`; JSON has no comma after the last entry")
    }

    private mutating func value(_ byte: UInt8) -> JSONSyntaxFault? {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            open.append(byte)
            offset += 1
            expecting = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
            return nil
        case UInt8(ascii: "\""):
            if let fault = string() { return fault }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let fault = number() { return fault }
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            guard let word = ["true", "false", "null"].first(where: { bytes[offset...].starts(with: $0.utf8) }) else {
                return fault("a value (`true`, `false` or `null` are written in lower case, text in double quotes)")
            }
            offset += word.utf8.count
        default:
            return fault("a value: text in double quotes, a number, `true`, `false`, `null`, `[` or `{`")
        }
        afterValue()
        return nil
    }

    private mutating func close() -> JSONSyntaxFault? {
        open.removeLast()
        offset += 1
        afterValue()
        return nil
    }

    private mutating func afterValue() {
        expecting = open.isEmpty ? .end : .commaOrClose
    }

    /// Past a string that starts at `offset`.
    private mutating func string() -> JSONSyntaxFault? {
        let start = offset
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return nil
            case UInt8(ascii: "\\"):
                let escape = offset + 1 < bytes.count ? bytes[offset + 1] : 0
                if escape == UInt8(ascii: "u") {
                    let digits = bytes.dropFirst(offset + 2).prefix(4)
                    guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                        return JSONSyntaxFault(offset: offset, problem: "`\\u` must be followed by four hexadecimal digits")
                    }
                    offset += 6
                } else if Array("\"\\/bfnrt".utf8).contains(escape) {
                    offset += 2
                } else {
                    return JSONSyntaxFault(offset: offset, problem: "a `\\` that starts no escape JSON knows; write `\\\\` for a backslash")
                }
            case 0x00..<0x20:
                return JSONSyntaxFault(offset: offset, problem: "a line break or control character inside text in quotes; "
                    + "write it as `\\n` or `\\t`, or close the quotes")
            default:
                offset += 1
            }
        }
        return JSONSyntaxFault(offset: start, problem: "text in quotes that is never closed")
    }

    /// Past a number that starts at `offset`: `-`, digits without a leading
    /// zero, an optional fraction and exponent.
    private mutating func number() -> JSONSyntaxFault? {
        let start = offset
        func digits() -> Int {
            let first = offset
            while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
            return offset - first
        }
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integer = offset
        let count = digits()
        var valid = count > 0 && !(count > 1 && bytes[integer] == UInt8(ascii: "0"))
        if valid, offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            valid = digits() > 0
        }
        if valid, offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            valid = digits() > 0
        }
        return valid ? nil : JSONSyntaxFault(offset: start, problem: "a number JSON cannot read (no leading zeros, "
            + "digits after `.` and after an exponent)")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    /// "expected …, found `,`" at the current byte.
    private func fault(_ expected: String) -> JSONSyntaxFault {
        JSONSyntaxFault(offset: offset, problem: "expected \(expected), found \(Self.describe(bytes, at: offset))")
    }

    /// "`,`" for a printable ASCII byte, else its hexadecimal value.
    private static func describe(_ bytes: [UInt8], at offset: Int) -> String {
        let byte = bytes[offset]
        if (0x21..<0x7F).contains(byte) { return "`\(Character(Unicode.Scalar(byte)))`" }
        if byte >= 0x80 {
            // The whole character, when its bytes are UTF-8.
            let tail = bytes[offset...].prefix(4)
            if let scalar = String(validating: tail.prefix(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2), as: UTF8.self) {
                return "`\(scalar)`"
            }
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "the byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
