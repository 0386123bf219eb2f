import DossierLink
import DossierModel

/// A recorded decision about a finding that no longer exists misleads the
/// reader of the dossier: the decision looks current, the finding is gone.
public struct StaleDispositionRule: Rule {
    public let documentation = RuleDocumentation(
        .staleDisposition, .minor, clause: "ISO 13485 §4.2.5",
        summary: "A disposition in dossier.yml matches no finding (by rule and item).",
        rationale: "A disposition records a decision about a gap; once the gap is fixed, or the rule or item id "
            + "was mistyped, the record no longer describes the dossier, and controlled records must stay current.",
        remedy: "Remove the disposition when its finding was fixed, or correct its `rule` or `item`.",
        failing: """
            dispositions:               # in dossier.yml; SR-012 is now verified
              - rule: unverified-requirement
                item: SR-012
                rationale: Verified by the system test of release 2.5.
                approved_by: J. Lindqvist
            """,
        passing: """
            dispositions: []            # the finding was fixed, the decision removed
            """)

    public init() {}

    /// Stale dispositions depend on the other rules' findings, not on the
    /// graph alone: the analyzer asks `violations(for:matched:)` instead.
    public func violations(in graph: TraceGraph) -> [RuleViolation] { [] }

    func violations(for dispositions: [Disposition], matched: Set<Int>) -> [RuleViolation] {
        dispositions.enumerated().filter { !matched.contains($0.offset) }.map { _, disposition in
            RuleViolation(
                subject: disposition.item, location: .configuration(line: disposition.line),
                message: "the disposition of \(disposition.rule.rawValue) for \(disposition.item) matches no finding; "
                    + "a decision about a gap that no longer exists is not a current record (\(clause))",
                remedy: "remove it if the finding was fixed, or correct its `rule` or `item`")
        }
    }
}
