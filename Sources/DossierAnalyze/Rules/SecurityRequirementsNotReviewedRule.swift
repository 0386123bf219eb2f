import DossierLink
import DossierModel

/// Security requirements stand in a dossier only once someone reviewed and
/// approved them, and the record says who and when.
public struct SecurityRequirementsNotReviewedRule: Rule {
    public let documentation = RuleDocumentation(
        .securityRequirementsNotReviewed, .major, clause: "IEC 81001-5-1 §5.2.2; ISO 13485 §7.3.3",
        summary: "The project has security requirements, and no review of them was approved.",
        rationale: "IEC 81001-5-1 §5.2.2 asks that the security requirements be reviewed — that they implement "
            + "the product requirements, do not contradict one another, and can be tested — and ISO 13485 §7.3.3 "
            + "that design inputs be reviewed and approved, with records. An auditor asks for the record of that "
            + "review first: who took part, when, and what they decided.",
        remedy: "Hold the review and record it as a `review` item (`dossier new review`): its date, its outcome "
            + "`approved` or `approved-with-actions`, the reviewers with their roles, and `scope` naming "
            + "`security-requirement` (the default).",
        failing: """
            # 30 security requirements under security/, and no review item
            """,
        passing: """
            id: REV-002
            type: review
            title: Security requirements review of release 2.4
            date: 2026-10-20
            outcome: approved-with-actions
            reviewers:
              - { name: M. Keller, role: security }
              - { name: T. Brandt, role: architect }
            scope: [security-requirement, threat]
            actions: Reword SR-014's acceptance criteria before release.
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard !graph.live(.securityRequirement).isEmpty,
              graph.latestApprovingReview(of: .securityRequirement) == nil else { return [] }
        let count = graph.live(.securityRequirement).count
        let rejected = graph.live(.review).contains { graph[$0].review?.outcome == .rejected }
        return [RuleViolation(
            subject: "security-requirements", location: .configuration(line: 1),
            message: "no review approved the \(CountText.phrase(count, "security requirement", "security requirements"))"
                + (rejected ? "; the reviews recorded rejected them" : "") + " (\(clause))",
            remedy: "record the review of the security requirements as a `review` item with outcome `approved` "
                + "or `approved-with-actions` (`dossier new review`)")]
    }
}
