import DossierLink
import DossierModel

/// Users must know until when the product gets security updates.
public struct EndOfSupportMissingRule: Rule {
    public let documentation = RuleDocumentation(
        .endOfSupportMissing, .minor, clause: "FDA guidance §VI.A; MDR Annex I 23.4",
        summary: "No labeling item has kind `end-of-support`.",
        rationale: "FDA's labeling recommendations ask manufacturers to tell users when support ends: after "
            + "it, no security updates come and the operator must plan a replacement. MDR Annex I 23.4 asks "
            + "the instructions for use for the information needed to use the device safely over its life.",
        remedy: "Add a labeling item with `kind: end-of-support` saying until when security updates are "
            + "provided and what the user should do afterwards.",
        failing: """
            # no labeling item has kind: end-of-support
            """,
        passing: """
            id: LB-006
            type: labeling
            title: Security updates until 31 December 2032
            kind: end-of-support
            document: IFU §12
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard !graph.hasLabeling(of: .endOfSupport) else { return [] }
        return [RuleViolation(
            subject: LabelingKind.endOfSupport.rawValue, location: .configuration(line: 1),
            message: "the accompanying documentation does not say when security support ends (\(clause))",
            remedy: "add a labeling item with `kind: end-of-support` stating the end-of-support date")]
    }
}
