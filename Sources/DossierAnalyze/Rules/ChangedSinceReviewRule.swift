import DossierChange
import DossierLink
import DossierModel

/// An approval covers what the reviewers saw: an item added or changed
/// since then has not been reviewed.
public struct ChangedSinceReviewRule: ReviewRule {
    public let documentation = RuleDocumentation(
        .changedSinceReview, .major, clause: "ISO 13485 §7.3.9; IEC 81001-5-1 §5.2.2",
        summary: "An item added or changed since the revision that the latest approving review of its type saw.",
        rationale: "A review approves the design inputs as they were at one revision. An item added or edited "
            + "afterwards carries the approval only in appearance: ISO 13485 §7.3.9 asks that changes to design "
            + "inputs be reviewed and approved before they take effect. The review's `revision` makes the "
            + "comparison exact, as `dossier diff` makes it.",
        remedy: "Review the items changed since and record that review (a new `review` item whose `revision` is "
            + "the revision it saw), or undo the change.",
        failing: """
            id: REV-002
            type: review
            title: Security requirements review of release 2.4
            date: 2026-10-20
            outcome: approved
            reviewers:
              - { name: M. Keller, role: security }
            revision: v2.4-review     # SR-031 was added after this tag
            """,
        passing: """
            id: REV-003
            type: review
            title: Review of SR-031
            date: 2026-11-12
            outcome: approved
            reviewers:
              - { name: M. Keller, role: security }
            revision: v2.4-rc2        # the revision that holds SR-031
            items: [SR-031]
            """)

    public init() {}

    public func violations(in graph: TraceGraph, reviews: [ReviewComparison]) -> [RuleViolation] {
        reviews.flatMap { comparison -> [RuleViolation] in
            let changedFields = Dictionary(uniqueKeysWithValues: comparison.changes.changed.map { ($0.id, $0) })
            return comparison.touched(in: graph).compactMap { id -> RuleViolation? in
                guard let position = graph.position(of: id), graph[position].isLive else { return nil }
                let item = graph[position]
                let what = changedFields[id].map { "changed (\(Self.describe($0)))" } ?? "was added"
                return RuleViolation(
                    subject: id, location: item.location,
                    message: "\(id) \(what) since \(comparison.revision), the revision that \(comparison.review), "
                        + "the latest approving review of the \(item.type.pluralTitle.lowercased()), saw (\(clause))",
                    remedy: "review \(id) and record the review with its `revision`, or undo the change")
            }
        }
    }

    /// "`phases`, `threats` and the body".
    private static func describe(_ change: ItemChange) -> String {
        CountText.series(change.fields.map { "`\($0)`" } + (change.body ? ["the body"] : []), "and")
    }
}
