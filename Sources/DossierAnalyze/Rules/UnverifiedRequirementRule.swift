import DossierLink
import DossierModel

/// Every requirement must be verifiable and verified.
public struct UnverifiedRequirementRule: Rule {
    public let documentation = RuleDocumentation(
        .unverifiedRequirement, .minor, clause: "IEC 62304 §5.2.6",
        summary: "A requirement or security requirement is verified by no verification.",
        rationale: "IEC 62304 asks that software requirements be verifiable, and design verification shows "
            + "each one met. A requirement that no verification names is either untested or its test is not "
            + "traced, and neither can be shown to an auditor.",
        remedy: "Add a verification (test, inspection, analysis or demonstration) with `verifies:` naming the "
            + "requirement.",
        failing: """
            id: SR-009
            type: security-requirement
            title: The portal locks an account after 5 failed logins
            phases: [operation]
            threats: [TH-006]
            # ...and no verification lists SR-009 under verifies
            """,
        passing: """
            id: VER-009
            type: verification
            title: Portal account lock-out test
            method: test
            result: pass
            verifies: [SR-009]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        (graph.live(.requirement) + graph.live(.securityRequirement)).sorted().compactMap { position in
            guard graph.verifications(of: position).isEmpty else { return nil }
            let item = graph[position]
            return RuleViolation(
                subject: item.id, location: item.location,
                message: "\(item.id) is verified by no verification (\(clause))",
                remedy: "add a verification with `verifies: [\(item.id)]`")
        }
    }
}
