import Mustache

/// HTML escaping for the built-in templates, which select it with
/// `{{% CONTENT_TYPE: HTML}}`. It escapes the same five characters as
/// swift-mustache's own HTML type, but on bytes and returns text without
/// them untouched; the library's version, a dictionary lookup per
/// character, was a seventh of a build.
struct HTMLContentType: MustacheContentType {
    static let name = "HTML"
    private static let registration: Void = MustacheContentTypes.register(HTMLContentType(), named: name)

    static func registerOnce() { _ = registration }

    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let ampersand = Array("&amp;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    func escapeText(_ text: String) -> String {
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
