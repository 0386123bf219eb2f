import DossierLink
import DossierModel

/// Document control is the first page a reviewer reads; it must not
/// contradict itself.
public struct DocumentControlInconsistentRule: Rule {
    public let documentation = RuleDocumentation(
        .documentControlInconsistent, .minor, clause: "ISO 13485 §4.2.4, §7.3.3",
        summary: "Approvals carry dates while `document.status` is `draft`, or `document.history` has entries "
            + "and none is the current `document.revision`.",
        rationale: "Controlled documents are approved before issue and identify their current revision. Dated "
            + "approvals on a draft say the document was approved and still is not; a revision history that "
            + "does not contain the current revision leaves the reader unable to tell what changed in it. "
            + "Either way the document control contradicts itself, and a reviewer cannot rely on it.",
        remedy: "Set `document.status` to `in-review` or `released` once the approvals are dated (or remove the "
            + "dates until they are given), and add an entry for the current revision to `document.history`.",
        failing: """
            # dossier.yml
            document:
              id: DI-SEC-001
              revision: D
              status: draft
              approvals:
                - { role: Approver, name: B. Approver, date: 2026-11-20 }
              history:
                - { revision: C, date: 2026-11-20, summary: Field service tool }
            """,
        passing: """
            # dossier.yml
            document:
              id: DI-SEC-001
              revision: D
              status: released
              approvals:
                - { role: Approver, name: B. Approver, date: 2026-11-20 }
              history:
                - { revision: C, date: 2026-11-20, summary: Field service tool }
                - { revision: D, date: 2027-02-01, summary: Pump firmware 3 }
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let configuration = graph.configuration
        let document = configuration.document
        let lines = configuration.keyLines
        var problems: [(line: Int?, text: String)] = []
        let dated = document.approvals.filter { $0.date != nil }
        if document.status == .draft, !dated.isEmpty {
            let roles = dated.map(\.role).joined(separator: ", ")
            let status = lines["document.status"] == nil ? "a draft (no `document.status`)" : "a draft"
            problems.append((lines["document.status"] ?? lines["document.approvals"],
                             "the document is \(status), but its approvals (\(roles)) carry dates"))
        }
        if !document.history.isEmpty, !document.history.contains(where: { $0.revision == document.revision }) {
            let text = document.revision.map { "`document.history` has no entry for the current revision \($0)" }
                ?? "`document.history` has entries, but `document.revision` is not set"
            problems.append((lines["document.revision"] ?? lines["document.history"], text))
        }
        guard let first = problems.first else { return [] }
        return [RuleViolation(
            subject: "document-control", location: .configuration(line: first.line ?? lines["document"] ?? 1),
            message: "document control contradicts itself: "
                + problems.map(\.text).joined(separator: "; and ") + " (\(clause))",
            remedy: "set `document.status` to match the approvals, and record the current revision in "
                + "`document.history`")]
    }
}
