import DossierLink
import DossierModel
import DossierMustache

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

extension ThreatSourceView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "threats": TemplateValue(self.threats)
        case "hasThreats": TemplateValue(self.hasThreats)
        case "justification": TemplateValue(self.justification)
        case "isJustified": TemplateValue(self.isJustified)
        case "isGap": TemplateValue(self.isGap)
        default: .null
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
