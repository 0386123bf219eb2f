import DossierLink
import DossierModel

/// Each of the four security architecture views is shown by a section, or
/// justified as not applicable.
public struct ArchitectureViewMissingRule: Rule {
    public let documentation = RuleDocumentation(
        .architectureViewMissing, .major, clause: "FDA premarket cybersecurity guidance §V.B.2",
        summary: "A security architecture view has no section that declares it and no justification.",
        rationale: "The FDA asks for security architecture views (§V.B.2, Appendix 2): a global system view, a "
            + "multi-patient harm view, an updatability/patchability view and security use case views, as "
            + "diagrams with trust boundaries and every communication path. A reviewer who cannot find one asks "
            + "for it; a view that does not fit the product needs a stated reason.",
        remedy: "Write a `section` with `view:` set to the view, its text and, where the threat model holds the "
            + "diagram, `diagrams: [\"file#diagram name\"]`; or justify under `architecture_views_not_applicable` "
            + "in dossier.yml why the product has no such view.",
        failing: """
            # no section declares view: multi-patient-harm, and dossier.yml does not justify it
            """,
        passing: """
            ---
            id: ARCH-FLEET
            type: section
            title: Multi-patient harm view
            view: multi-patient-harm
            diagrams: ["threat-model/glucolink.json#Cloud and portal"]
            ---
            One cloud service serves every patient's app and hub: ...
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let declared = Set(graph.live(.section).compactMap { graph[$0].section?.view })
        let justified = graph.configuration.notApplicableViews
        let line = graph.configuration.keyLines["architecture_views_not_applicable"] ?? 1
        return ArchitectureView.allCases.compactMap { view in
            guard !declared.contains(view), (justified[view] ?? "").isEmpty else { return nil }
            let blank = justified[view] != nil
            return RuleViolation(
                subject: view.rawValue, location: .configuration(line: line),
                message: "no section declares `view: \(view.rawValue)`, the \(view.title.lowercased()) "
                    + "(\(view.purpose)), and "
                    + (blank ? "its entry under `architecture_views_not_applicable` is blank"
                             : "dossier.yml does not say why the product has none")
                    + " (\(clause))",
                remedy: "write a section with `view: \(view.rawValue)`, or say why it does not apply under "
                    + "`architecture_views_not_applicable` in dossier.yml")
        }
    }
}
