import DossierLink
import DossierModel

/// A released dossier rests on a threat model someone reviewed recently.
public struct ThreatModelStaleRule: Rule {
    /// A review older than a year no longer covers a released revision.
    static let maximumAge = 366

    public let documentation = RuleDocumentation(
        .threatModelStale, .minor, clause: "IEC 81001-5-1 §7.2; FDA guidance §V.A.1",
        summary: "A released document whose threat model has no review date, or one 366 days or more before "
            + "the document date.",
        rationale: "The threat model is a living document: IEC 81001-5-1 asks for it to be reviewed, and the FDA "
            + "expects it to be current for the submitted revision. A release that cites no review, or one "
            + "more than a year old, invites the question whether the model still describes the product.",
        remedy: "Review the whole threat model and record the day in `threat_model.reviewed` in dossier.yml.",
        failing: """
            document:
              id: DI-SEC-001
              status: released
              date: 2026-11-20
            threat_model:
              reviewed: 2025-09-01
            """,
        passing: """
            document:
              id: DI-SEC-001
              status: released
              date: 2026-11-20
            threat_model:
              reviewed: 2026-10-14
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let configuration = graph.configuration
        guard configuration.document.status == .released else { return [] }
        let line = configuration.keyLines["threat_model"] ?? 1
        guard let reviewed = configuration.threatModel.reviewed.flatMap(CalendarDate.init) else {
            return [violation("the document is released, but `threat_model.reviewed` does not say when the threat "
                                + "model was last reviewed (\(clause))", line: line)]
        }
        guard let date = CalendarDate(configuration.document.date),
              date.dayNumber - reviewed.dayNumber >= Self.maximumAge else { return [] }
        return [violation("the threat model was last reviewed on \(reviewed), \(date.dayNumber - reviewed.dayNumber) "
                            + "days before the document date \(date) (\(clause))", line: line)]
    }

    private func violation(_ message: String, line: Int) -> RuleViolation {
        RuleViolation(subject: "threat-model", location: .configuration(line: line), message: message,
                      remedy: "review the threat model and set `threat_model.reviewed` to that day")
    }
}
