import DossierLink
import DossierModel

/// Prepares the "Security architecture" chapter from the sections that
/// declare a view and the views `architecture_views_not_applicable` justifies.
struct ArchitectureChapterBuilder {
    let items: ItemViewBuilder

    var graph: TraceGraph { items.graph }

    /// The live sections that declare a view, in the four views' order, then
    /// in the narrative order (`order`, then id).
    static func sections(of graph: TraceGraph) -> [Int] {
        let declaring = DossierViewModel.sectionOrder(graph).filter { graph[$0].section?.view != nil }
        return ArchitectureView.allCases.flatMap { view in declaring.filter { graph[$0].section?.view == view } }
    }

    func view() -> ArchitectureChapterView {
        let positions = Self.sections(of: graph)
        let justified = graph.configuration.notApplicableViews
        let rows = ArchitectureView.allCases.map { view -> ArchitectureViewRow in
            let showing = positions.filter { graph[$0].section?.view == view }
            let justification = justified[view] ?? ""
            let state = !showing.isEmpty ? "shown" : justification.isEmpty ? "missing" : "not-applicable"
            return ArchitectureViewRow(
                name: view.rawValue, title: view.title, purpose: view.purpose, sections: items.references(showing),
                hasSections: !showing.isEmpty, justification: justification, isJustified: !justification.isEmpty,
                state: state,
                stateText: state == "not-applicable" ? "not applicable" : state)
        }
        // Bodies are rendered here even where the output's item views have
        // none (the site's overview pages): the chapter is the sections' text.
        let figures = positions.contains { graph.sectionDiagrams[$0] != nil }
            ? DiagramFigureBuilder(items: items, drawsPictures: items.bodyFormat != .commonMark) : nil
        let sections = positions.map { position in
            let drawn = figures?.figures(ofSection: position) ?? []
            return ArchitectureSectionView(
                heading: items.heading(position), reference: items.reference(position), viewTitle: graph[position].section?.view?.title ?? "",
                body: items.renderedBody(of: position),
                figures: drawn, hasFigures: !drawn.isEmpty)
        }
        let shown = rows.filter { $0.state == "shown" }.count
        let notApplicable = rows.filter { $0.state == "not-applicable" }.count
        let missing = rows.count - shown - notApplicable
        let summary = "\(shown) of \(rows.count) views shown, \(notApplicable) not applicable"
            + (missing > 0 ? ", \(missing) missing" : "")
        return ArchitectureChapterView(views: rows, sections: sections, hasSections: !sections.isEmpty,
                                       summaryText: summary)
    }
}
