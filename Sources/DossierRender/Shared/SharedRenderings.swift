import DossierLink

/// What a build renders once for several of its outputs; nothing for a
/// renderer used alone (the preview, tests).
struct SharedRenderings: Sendable {
    var bodies: SharedBodies?
    var fieldTables: SharedFieldTables?

    static let none = SharedRenderings()

    /// Everything shared that `templates` allow (see `SharedFieldTables`).
    static func all(for graph: TraceGraph, templates: TemplateSet) -> SharedRenderings {
        SharedRenderings(bodies: SharedBodies(graph: graph),
                         fieldTables: templates.isBuiltin(SharedFieldTables.template) ? SharedFieldTables(graph: graph) : nil)
    }
}
