import DossierLink
import DossierModel
import DossierSBOM

/// Every piece of third-party software in the SBOM is a SOUP item that the
/// dossier must identify and document.
public struct ComponentNotDocumentedRule: Rule {
    public let documentation = RuleDocumentation(
        .componentNotDocumented, .major, clause: "IEC 62304 §8.1.2; FDA guidance §V.A.4",
        summary: "An SBOM component that no `component` item documents.",
        rationale: "Each SOUP item must be identified and documented, and the FDA asks for each component's "
            + "level of support and end of support. An SBOM lists the software; only a `component` item says "
            + "who supports it, until when, and why it is used.",
        remedy: "Write a `component` item whose `purl` (without `@version` for every version) or `name` "
            + "matches the SBOM component: `dossier new component \"Name\"`.",
        failing: """
            # sbom/app.cdx.json lists pkg:pypi/requests@2.32.3; no component item matches it
            """,
        passing: """
            id: CMP-004
            type: component
            title: requests HTTP client
            purl: pkg:pypi/requests
            support: community
            end_of_support: 2027-10-31
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let software = graph.software
        return software.components.indices.compactMap { index in
            let entry = software.components[index]
            guard entry.documentedBy == nil else { return nil }
            let label = entry.component.label
            return RuleViolation(
                subject: label, location: SourceLocation(file: software.file(of: index), line: 1),
                message: "the SBOM component \(label) is documented by no `component` item (\(clause))",
                remedy: "write a `component` item with `purl:` or `name:` matching it, its `support` and "
                    + "`end_of_support` (`dossier new component \"\(entry.component.name)\"`)")
        }
    }
}
