import DossierLink
import DossierModel
import Mustache

/// One lifecycle threat source (FDA guidance §V.A.1) in the threat model:
/// the threats that come from it, or why none does.
struct ThreatSourceView: Sendable {
    var name: String
    var title: String
    var threats: [ItemReferenceView]
    var hasThreats: Bool
    /// `threat_model.not_applicable_sources`; empty when not justified.
    var justification: String
    var isJustified: Bool
    /// Neither a threat nor a justification: `threat-source-not-considered`.
    var isGap: Bool
}

extension ThreatSourceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "threats": self.threats
        case "hasThreats": self.hasThreats
        case "justification": self.justification
        case "isJustified": self.isJustified
        case "isGap": self.isGap
        default: nil
        }
    }
}

extension ItemViewBuilder {
    /// Every source, in the guidance's order, with the live threats that name it.
    func threatSources() -> [ThreatSourceView] {
        let justified = graph.configuration.threatModel.notApplicableSources
        return ThreatSource.allCases.map { source in
            let threats = graph.live(.threat).filter { graph[$0].threat?.sources.contains(source) == true }
            let justification = (justified[source.rawValue] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return ThreatSourceView(name: source.rawValue, title: source.title, threats: references(threats),
                                    hasThreats: !threats.isEmpty, justification: justification,
                                    isJustified: !justification.isEmpty,
                                    isGap: threats.isEmpty && justification.isEmpty)
        }
    }
}
