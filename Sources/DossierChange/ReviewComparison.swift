import DossierLink
import DossierModel

/// What changed since the revision a review saw (docs/format.md,
/// "Reviews"): the review, the types it is the latest approving review of,
/// and the comparison of its `revision` with the content, made as `dossier
/// diff` makes it.
public struct ReviewComparison: Hashable, Sendable {
    /// The review's id.
    public var review: String
    public var revision: String
    public var types: [ItemType]
    public var changes: ChangeSet

    public init(review: String, revision: String, types: [ItemType], changes: ChangeSet) {
        self.review = review
        self.revision = revision
        self.types = types
        self.changes = changes
    }

    /// The ids of the items of the covered types in `graph` added or changed
    /// since the revision, in natural id order.
    public func touched(in graph: TraceGraph) -> [String] {
        (changes.added + changes.changed.map(\.id)).filter { id in
            graph.position(of: id).map { types.contains(graph[$0].type) } ?? false
        }.sorted(by: NaturalOrder.precedes)
    }
}
