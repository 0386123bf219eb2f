import DossierModel

/// A body showing a file of the content folder as an image (`![…](path)`).
public struct ImageLink: Hashable, Sendable {
    /// The item whose body shows it.
    public var item: Int
    /// The file, as a content path.
    public var path: String
    /// The file line of the image in the body.
    public var line: Int
}

extension TraceGraph {
    /// Every image link of every item's body (obsolete ones too: they are
    /// printed), in item order, then body order; `suffix` keeps those whose
    /// path ends with it, in any case.
    public func imageLinks(endingWith suffix: String = "") -> [ImageLink] {
        var links: [ImageLink] = []
        for (position, item) in items.enumerated() {
            for link in item.body.fileLinks where link.isImage {
                guard case .file(let path)? = bodyLinks[position][link.destination],
                      path.lowercased().hasSuffix(suffix) else { continue }
                links.append(ImageLink(item: position, path: path, line: link.line))
            }
        }
        return links
    }
}
