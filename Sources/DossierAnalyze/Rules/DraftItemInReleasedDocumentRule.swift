import DossierLink
import DossierModel

/// A released dossier presents its design inputs as reviewed and approved.
public struct DraftItemInReleasedDocumentRule: Rule {
    public let documentation = RuleDocumentation(
        .draftItemInReleasedDocument, .major, clause: "ISO 13485 §7.3.3",
        summary: "The document is released, but an item in it is still a draft.",
        rationale: "Design inputs are reviewed and approved before they are released; a released dossier "
            + "that carries draft items says the opposite of its own document control.",
        remedy: "Review the item and set its `status` to `reviewed` or `approved`, or keep the document "
            + "`in-review` until it is.",
        failing: """
            # dossier.yml: document: { status: released }
            id: SR-031
            type: security-requirement
            title: Sessions expire after 15 minutes without activity
            status: draft
            phases: [operation]
            threats: [TH-007]
            """,
        passing: """
            id: SR-031
            type: security-requirement
            title: Sessions expire after 15 minutes without activity
            status: approved
            phases: [operation]
            threats: [TH-007]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard graph.configuration.document.status == .released else { return [] }
        return graph.items.compactMap { item in
            guard item.status == .draft else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "status"),
                message: "\(item.id) is a draft in a released document (\(clause))",
                remedy: "review it and set `status: reviewed` or `approved`, or set the document back to "
                    + "`in-review`")
        }
    }
}
