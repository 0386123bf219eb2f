import DossierLink
import DossierModel

/// What the trace decides about an item, as `dossier.json` states it beside
/// the fields the author wrote: the same decisions the pages show.
enum TraceStatus {
    static func members(of position: Int, in graph: TraceGraph) -> [(String, JSONValue)] {
        switch graph[position].type {
        case .requirement:
            let relevance = graph.securityRelevance(of: position)
            return [("securityRelevant", .object([
                ("relevant", .bool(relevance.isRelevant)), ("flagged", .bool(relevance.isFlagged)),
                ("interfaces", .strings(relevance.interfaces)),
            ]))]
        case .threat where graph[position].isLive:
            let standing = graph.riskStanding(of: position)
            return [("riskStanding", .object([
                ("state", .string(standing.name)),
                ("failedVerifications", .strings(standing.failedVerifications.map { graph[$0].id })),
            ]))]
        case .interface where graph[position].isLive:
            return [("attackSurface", .object([
                ("state", .string(graph.interfaceStatus(of: position).rawValue)),
                ("protectedBy", .strings(graph.protectors(of: position).map { graph[$0].id })),
            ]))]
        default:
            return []
        }
    }
}
