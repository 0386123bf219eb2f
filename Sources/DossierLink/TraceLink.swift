import DossierModel

/// A resolved link between two items of the graph, seen from one end:
/// `other` is the target of an outgoing link or the source of an incoming one.
public struct TraceLink: Hashable, Sendable {
    public var field: LinkField
    public var other: Int
    /// The line of the declaration in the source item's file.
    public var line: Int

    public init(field: LinkField, other: Int, line: Int) {
        self.field = field
        self.other = other
        self.line = line
    }
}

/// Where a relative link or image in a body leads (docs/format.md, "Bodies").
public enum BodyLinkTarget: Hashable, Sendable {
    /// Another item's `.md` file: becomes a link to that item.
    case item(Int)
    /// Any other file under the content folder: becomes part of the dossier.
    case file(String)
}
