/// How `{{name}}` escapes a value in the output a template writes; a
/// template picks one with `{{% CONTENT_TYPE: NAME}}`, and `{{{name}}}`
/// skips it. HTML unless a template says otherwise.
public protocol TemplateContentType: Sendable {
    func escape(_ text: String) -> String
}

/// The five characters that matter in HTML text and attribute values.
public struct HTMLContentType: TemplateContentType {
    public init() {}

    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let ampersand = Array("&amp;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    public func escape(_ text: String) -> String {
        // Most values need nothing: they are returned without a copy.
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var escaped = [UInt8]()
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: escaped.append(contentsOf: Self.lessThan)
            case 0x3E: escaped.append(contentsOf: Self.greaterThan)
            case 0x26: escaped.append(contentsOf: Self.ampersand)
            case 0x22: escaped.append(contentsOf: Self.quote)
            case 0x27: escaped.append(contentsOf: Self.apostrophe)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}

/// No escaping at all: `{{name}}` writes the value as it is.
public struct TextContentType: TemplateContentType {
    public init() {}
    public func escape(_ text: String) -> String { text }
}
