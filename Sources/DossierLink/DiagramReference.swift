/// A diagram of a threat-model file that a section names in `diagrams`
/// (docs/format.md, "Security architecture views"), resolved.
public struct DiagramReference: Hashable, Sendable {
    /// Its file's position in `TraceGraph.threatModels`.
    public var model: Int
    /// Its position among that file's diagrams.
    public var diagram: Int

    public init(model: Int, diagram: Int) {
        self.model = model
        self.diagram = diagram
    }
}
