import DossierLink
import DossierModel
import DossierSBOM

/// Prepares the "Third-party software" chapter from the graph's SBOM data.
struct SoftwareChapterBuilder {
    let items: ItemViewBuilder

    var graph: TraceGraph { items.graph }

    func view() -> SoftwareChapterView {
        let software = graph.software
        let documentDate = CalendarDate(graph.configuration.document.date)
        let positions = graph.live(.component)
        let components = positions.map { component($0, software: software, documentDate: documentDate) }
        let undocumentedIndices = software.components.indices.filter { software.components[$0].documentedBy == nil }
        let undocumented = undocumentedIndices.map { sbomComponent($0, software: software) }
        let documentedIndices = positions.flatMap { software.componentsByItem[$0] ?? [] }
        let known = (documentedIndices + undocumentedIndices).flatMap { vulnerabilities(of: $0, in: software) }
        let files = software.documents.map(\.path)
        let summary = CountText.phrase(software.components.count, "SBOM component", "SBOM components") + " in "
            + CountText.phrase(files.count, "file", "files")
        return SoftwareChapterView(components: components, hasComponents: !components.isEmpty,
                                   categories: categories(of: positions, components),
                                   undocumented: undocumented, hasUndocumented: !undocumented.isEmpty,
                                   vulnerabilities: known, hasVulnerabilities: !known.isEmpty,
                                   sbomFiles: files, hasSBOMFiles: !files.isEmpty, summaryText: summary,
                                   componentsText: "documented by "
                                       + CountText.phrase(components.count, "component item", "component items"))
    }

    /// The components by category, in the standard's order, then those in
    /// none; a category without a component is left out.
    private func categories(of positions: [Int], _ components: [ComponentView]) -> [SoftwareCategoryGroupView] {
        let categories = positions.map { graph[$0].component?.softwareCategory }
        let groups: [(SoftwareCategory?, String, String)] = SoftwareCategory.allCases.map {
            ($0, $0.title, $0.obligation)
        } + [(nil, "Not yet categorised", "No software category is set for these components, so who carries "
                + "their security risk is not stated (IEC 81001-5-1 ISH1:2025).")]
        return groups.compactMap { category, title, obligation in
            let members = zip(categories, components).filter { $0.0 == category }.map(\.1)
            guard !members.isEmpty else { return nil }
            return SoftwareCategoryGroupView(name: category?.rawValue ?? "uncategorised", title: title,
                                             obligation: obligation, components: members,
                                             isRequired: category == .required, isUncategorised: category == nil)
        }
    }

    private func component(_ position: Int, software: ThirdPartySoftware,
                           documentDate: CalendarDate?) -> ComponentView {
        let details = graph[position].component ?? ComponentDetails()
        let documented = software.componentsByItem[position] ?? []
        let end = details.endOfSupport.flatMap(CalendarDate.init)
        let statedIn = graph.liveSources(of: position, in: .components, type: .labeling)
        return ComponentView(
            item: items.reference(position), support: details.support?.rawValue ?? "",
            endOfSupport: details.endOfSupport ?? "",
            isPastEndOfSupport: end.flatMap { end in documentDate.map { end <= $0 } } ?? false,
            supplier: details.supplier ?? "", rationale: details.rationale ?? "",
            sbomComponents: documented.map { sbomComponent($0, software: software) },
            hasSBOMComponents: !documented.isEmpty, statedIn: items.references(statedIn), hasStatedIn: !statedIn.isEmpty,
            isUnstated: details.softwareCategory == .required && statedIn.isEmpty)
    }

    private func sbomComponent(_ index: Int, software: ThirdPartySoftware) -> SBOMComponentView {
        let component = software.components[index].component
        return SBOMComponentView(name: component.name, version: component.version ?? "",
                                 supplier: component.supplier ?? "", licence: component.licence ?? "",
                                 purl: component.purl ?? "", label: component.label, file: software.file(of: index))
    }

    private func vulnerabilities(of component: Int, in software: ThirdPartySoftware) -> [VulnerabilityView] {
        (software.vulnerabilitiesByComponent[component] ?? []).map {
            vulnerability(software.vulnerabilities[$0], component: component, in: software)
        }
    }

    private func vulnerability(_ vulnerability: ThirdPartySoftware.Vulnerability, component: Int,
                               in software: ThirdPartySoftware) -> VulnerabilityView {
        let entry = vulnerability.entry
        let justification = [entry.justification, entry.detail].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: ": ")
        return VulnerabilityView(id: entry.id, state: entry.stateText ?? "not analysed", isOpen: entry.needsAssessment,
                                 justification: justification,
                                 component: software.components[component].component.label,
                                 assessedBy: items.references(vulnerability.assessedBy),
                                 isAssessed: !vulnerability.assessedBy.isEmpty)
    }
}
