import DossierLink
import DossierModel

extension ItemViewBuilder {
    /// A live threat's trace picture, for the HTML outputs; empty otherwise.
    func trace(of position: Int) -> String {
        let item = graph[position]
        guard bodyFormat == .html, item.isLive, let threat = item.threat else { return "" }
        let phases = item.phases.map { phase in
            let requirements = graph.coverage(of: position, in: phase).mitigations.map { requirement in
                ThreatTraceChart.Requirement(
                    id: graph[requirement].id, title: graph[requirement].title,
                    verifications: graph.verifications(of: requirement).map { verification in
                        let result = graph[verification].verification?.result ?? .notRun
                        return .init(id: graph[verification].id, result: ByteSearch.replacing("-", with: " ", in: result.rawValue),
                                     isFailed: result == .fail, href: links.item(graph[verification].id))
                    }, href: links.item(graph[requirement].id))
            }
            return ThreatTraceChart.Phase(name: phase.rawValue, title: phase.title, requirements: requirements)
        }
        return ThreatTraceChart(id: item.id, title: item.title,
                                decision: threat.treatment == .mitigate ? nil : threat.treatment.rawValue,
                                phases: phases).svg
    }
}
