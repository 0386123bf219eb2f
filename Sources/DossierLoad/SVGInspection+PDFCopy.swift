import DossierModel
import Foundation

extension SVGInspection {
    /// The copy of an SVG to hand to WeasyPrint: without its references to
    /// ids it does not define, which browsers ignore and WeasyPrint 57
    /// crashes on (`marker-end="url(#a)"` with no `id="a"`). Nil when the
    /// file needs no change, or is not UTF-8 text.
    public static func pdfCopy(of data: Data) -> Data? {
        guard case .undefinedReferences(let ids)? = defect(of: data),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let copy = removingReferences(to: Set(ids), in: text)
        return copy == text ? nil : Data(copy.utf8)
    }

    /// `text` with each `url(#id)` of `ids` replaced by `none` (what a
    /// browser draws for it), or dropped where a fallback follows it
    /// (`fill="url(#g) red"` → `fill="red"`), and each `href="#id"` of `ids`
    /// dropped with its attribute.
    static func removingReferences(to ids: Set<String>, in text: String) -> String {
        var result = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: urlReference) {
            result += rest[rest.startIndex..<match.range.lowerBound]
            guard ids.contains(String(match.output.id)) else {
                result += rest[match.range]
                rest = rest[match.range.upperBound...]
                continue
            }
            let after = rest[match.range.upperBound...]
            let fallback = after.drop { $0 == " " || $0 == "\t" }
            if let next = fallback.first, !fallback.hasPrefix("&quot;"), !fallback.hasPrefix("&apos;"),
               !";\"'}<),!\n\r".contains(next) {
                rest = fallback
            } else {
                result += "none"
                rest = after
            }
        }
        result += rest
        return result.replacing(hrefReference) { match in
            ids.contains(String(match.output.id)) ? "" : String(match.output.0)
        }
    }

    /// ` href="#a"`, ` xlink:href='#a'`: the attribute with the space before it.
    nonisolated(unsafe) static let hrefReference =
        #/\s(?:[A-Za-z_][\w.\-]*:)?href\s*=\s*(?<quote>["'])#(?<id>[^"']+)\k<quote>/#
}
