import DossierLink
import DossierModel

/// Decommissioning is done by the user: they need instructions for it.
public struct DecommissioningGuidanceMissingRule: Rule {
    public let documentation = RuleDocumentation(
        .decommissioningGuidanceMissing, .major, clause: "IEC 81001-5-1 §5.8.7; FDA guidance §VI.A",
        summary: "The project has a decommissioning phase and no labeling item of kind `decommissioning`.",
        rationale: "Patient data and keys leave with a returned, resold or discarded device unless the user "
            + "sanitises it; IEC 81001-5-1 §5.8.7 and FDA's labeling recommendations ask the accompanying "
            + "documentation to say how. Missing decommissioning guidance is one of the gaps auditors find "
            + "most often.",
        remedy: "Add a labeling item with `kind: decommissioning`: how to wipe patient data and keys, revoke "
            + "credentials and dispose of the device.",
        failing: """
            # dossier.yml
            phases: [installation, operation, maintenance, decommissioning]
            # ...and no labeling item has kind: decommissioning
            """,
        passing: """
            id: LB-005
            type: labeling
            title: Wipe the hub before returning or discarding it
            kind: decommissioning
            document: IFU §11
            requirements: [SR-027]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard graph.phases.contains(.decommissioning), !graph.hasLabeling(of: .decommissioning) else { return [] }
        return [RuleViolation(
            subject: LabelingKind.decommissioning.rawValue,
            location: .configuration(line: graph.configuration.keyLines["phases"] ?? 1),
            message: "the decommissioning phase has no decommissioning guidance in the accompanying "
                + "documentation (\(clause))",
            remedy: "add a labeling item with `kind: decommissioning` on wiping patient data and keys")]
    }
}

extension TraceGraph {
    /// Whether some live labeling item is of `kind`.
    func hasLabeling(of kind: LabelingKind) -> Bool {
        live(.labeling).contains { items[$0].labeling?.kind == kind }
    }
}
