import Foundation

/// Decides which link destinations point into the content folder (docs/format.md, "Bodies"):
/// no scheme, not a bare `#fragment`. Public so the renderer classifies
/// exactly as the link stage did.
public enum RelativeLink {
    /// The path part of a relative destination, percent-decoded, or nil for a
    /// link that is left as it is.
    public static func destination(of url: String) -> String? {
        guard !url.isEmpty, !url.hasPrefix("#"), !hasScheme(url), !url.hasPrefix("//") else { return nil }
        var path = Substring(url)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        guard !path.isEmpty else { return nil }
        return String(path).removingPercentEncoding ?? String(path)
    }

    /// RFC 3986: a scheme is a letter, then letters, digits, `+`, `-`, `.`, then `:`.
    public static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
