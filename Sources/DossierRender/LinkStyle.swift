import Foundation

/// Where links point in one output: the site links page to page, the single
/// HTML file links to anchors, the Markdown file to its own anchors.
public struct LinkStyle: Sendable {
    public var item: @Sendable (String) -> String
    public var phase: @Sendable (String) -> String
    public var attachment: @Sendable (String) -> String
    public var image: @Sendable (String) -> String
    /// How many levels a body's headings move down: a body's `#` must not
    /// compete with the chapter and item headings around it.
    public var headingShift = 0
    /// The same for a narrative section, where it differs: the single files
    /// print sections under an h3 of the scope chapter, items under an h4.
    public var sectionHeadingShift: Int?

    /// A page of the site `depth` folders below `site/`.
    public static func site(depth: Int) -> LinkStyle {
        let up = String(repeating: "../", count: depth)
        return LinkStyle(item: { "\(up)items/\($0).html" }, phase: { "\(up)phases/\($0).html" },
                         attachment: { "\(up)files/\(URLPath.escape($0))" },
                         image: { "\(up)files/\(URLPath.escape($0))" }, headingShift: 1)
    }

    /// One file: anchors inside it; images are embedded later (see `ImageEmbedding`).
    public static let singleFile = LinkStyle(
        item: { "#item-\($0)" }, phase: { "#phase-\($0)" },
        attachment: { "site/files/\(URLPath.escape($0))" }, image: { ImageEmbedding.placeholder(for: $0) },
        headingShift: 3, sectionHeadingShift: 2)

    public static let markdown = LinkStyle(
        item: { "#item-\($0)" }, phase: { "#phase-\($0)" },
        attachment: { "site/files/\(URLPath.escape($0))" }, image: { "site/files/\(URLPath.escape($0))" },
        headingShift: 3, sectionHeadingShift: 2)
}

/// Percent-escapes a content path for use in an href, keeping `/`.
enum URLPath {
    static func escape(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~/")
        return set
    }()
}
