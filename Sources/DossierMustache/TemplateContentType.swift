/// How `{{name}}` escapes a value in the output a template writes; a
/// template picks one with `{{% CONTENT_TYPE: NAME}}`, and `{{{name}}}`
/// skips it. HTML unless a template says otherwise.
public protocol TemplateContentType: Sendable {
    func escape(_ text: String) -> String
}

/// The five characters that matter in HTML text and attribute values.
public struct HTMLContentType: TemplateContentType {
    public init() {}

    public func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            // Most values need nothing: they are returned without a copy.
            guard let first = bytes.firstIndex(where: Self.needsEscaping) else { return text }
            var escaped = [UInt8]()
            escaped.reserveCapacity(bytes.count + 16)
            var runStart = 0  // bytes that need nothing are copied a run at a time
            for index in first..<bytes.count where Self.needsEscaping(bytes[index]) {
                escaped += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                switch bytes[index] {
                case 0x3C: escaped += "&lt;".utf8
                case 0x3E: escaped += "&gt;".utf8
                case 0x26: escaped += "&amp;".utf8
                case 0x22: escaped += "&quot;".utf8
                default: escaped += "&#39;".utf8
                }
                runStart = index + 1
            }
            escaped += UnsafeBufferPointer(rebasing: bytes[runStart...])
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
    }
}

/// No escaping at all: `{{name}}` writes the value as it is.
public struct TextContentType: TemplateContentType {
    public init() {}
    public func escape(_ text: String) -> String { text }
}
