import DossierLink
import DossierModel

/// Software the operator must provide carries a risk the manufacturer
/// hands over: the instructions must say so.
public struct RequiredSoftwareNotInLabelingRule: Rule {
    public let documentation = RuleDocumentation(
        .requiredSoftwareNotInLabeling, .major, clause: "IEC 81001-5-1 ISH1:2025 a)",
        summary: "A `component` with `software_category: required` that no labeling item names in `components`.",
        rationale: "Required software — the hospital's workstation operating system, the patient's phone — is "
            + "provided and maintained by the responsible organisation, and the security risk of it is "
            + "transferred to them. ISH1:2025 asks that this transfer be stated in the accompanying "
            + "documentation; otherwise the operator does not know what they must keep patched.",
        remedy: "Write the labeling statement that tells the operator what they must provide and maintain, and "
            + "name the component in its `components`.",
        failing: """
            id: CMP-012
            type: component
            title: Patient phone operating system (iOS or Android)
            name: phone-os
            support: maintained
            end_of_support: 2029-09-30
            software_category: required
            """,
        passing: """
            id: LB-008
            type: labeling
            title: Keep the phone's operating system updated
            kind: security-configuration
            document: IFU §4.2
            components: [CMP-012]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.component).compactMap { position in
            let item = graph[position]
            guard item.component?.softwareCategory == .required,
                  graph.liveSources(of: position, in: .components, type: .labeling).isEmpty else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "software_category"),
                message: "\(item.id) is required software, which the responsible organisation provides and "
                    + "maintains, but no labeling item states that transfer of risk (\(clause))",
                remedy: "name \(item.id) in the `components` of the labeling item that tells the operator to "
                    + "provide and maintain it")
        }
    }
}
