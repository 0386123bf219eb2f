import DossierModel

/// What the link stage hands on: the graph, or the errors that stop the
/// build. A graph is built only when nothing is broken, so every later
/// stage can trust every link.
public struct LinkResult: Sendable {
    public var graph: TraceGraph?
    public var errors: [InputError]
    /// How many items were read, for summaries even when there are errors.
    public var itemCount: Int
    /// The id each file with an error defines, where it could be read: a
    /// report names the item (`"item"` in JSON) as well as the file.
    public var subjects: [String: String] = [:]
}
