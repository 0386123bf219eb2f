import DossierLink
import DossierModel

/// A review of security requirements needs the disciplines that can judge
/// them, and someone who did not write them.
public struct ReviewRolesIncompleteRule: Rule {
    /// The role groups the review needs, each met by any of its roles, and
    /// what a message calls a reviewer of the group.
    static let roleGroups: [(roles: [ReviewerRole], name: String)] = [
        ([.architect, .developer], "architect or developer"), ([.tester], "tester"),
        ([.security], "security reviewer"), ([.clinical], "clinical reviewer"),
    ]

    public let documentation = RuleDocumentation(
        .reviewRolesIncomplete, .minor,
        clause: "IEC 81001-5-1 §5.2.2 (from IEC 62443-4-1 SR-5); IEC 62304 §5.2.6",
        summary: "The latest approving review of the security requirements had no architect or developer, no "
            + "tester, no security or no clinical reviewer, or no independent one.",
        rationale: "Security requirements are reviewed for whether they can be built (architecture, development), "
            + "tested (test), whether they control the threats (security), and whether they keep the device safe "
            + "and usable (clinical). IEC 62443-4-1 SR-5, which IEC 81001-5-1 takes up, asks for a reviewer "
            + "independent of the authors; a review without one of these disciplines leaves a question unasked.",
        remedy: "Add the missing disciplines to the next review of the security requirements, and mark a "
            + "reviewer who did not write them `independent: true`.",
        failing: """
            id: REV-002
            type: review
            title: Security requirements review of release 2.4
            date: 2026-10-20
            outcome: approved
            reviewers:
              - { name: M. Keller, role: security }
              - { name: T. Brandt, role: developer }
            """,
        passing: """
            id: REV-002
            type: review
            title: Security requirements review of release 2.4
            date: 2026-10-20
            outcome: approved
            reviewers:
              - { name: M. Keller, role: security }
              - { name: T. Brandt, role: architect }
              - { name: L. Nguyen, role: tester }
              - { name: S. Okafor, role: clinical, independent: true }
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard let position = graph.latestApprovingReview(of: .securityRequirement),
              let review = graph[position].review else { return [] }
        let roles = Set(review.reviewers.map(\.role))
        var missing = Self.roleGroups.filter { roles.isDisjoint(with: $0.roles) }.map(\.name)
        if !review.reviewers.contains(where: \.independent) { missing.append("independent reviewer") }
        guard !missing.isEmpty else { return [] }
        let item = graph[position]
        return [RuleViolation(
            subject: item.id, location: item.location(of: "reviewers"),
            message: "\(item.id), the latest approving review of the security requirements, had "
                + CountText.series(missing.map { "no " + $0 }, "and") + " (\(clause))",
            remedy: "include " + CountText.series(missing.map { CountText.article(for: $0) + " " + $0 }, "and")
                + " in the next review of the security requirements; a reviewer who did not write them is "
                + "`independent: true`")]
    }
}
