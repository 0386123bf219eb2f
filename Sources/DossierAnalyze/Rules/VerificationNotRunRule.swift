import DossierLink
import DossierModel

/// A verification that has not run is a plan, not evidence that a design
/// input is met.
public struct VerificationNotRunRule: Rule {
    public let documentation = RuleDocumentation(
        .verificationNotRun, .minor, clause: "ISO 13485 §7.3.6; IEC 62304 §5.7.4",
        summary: "A verification of a requirement or security requirement has `result: not-run` (the default); "
            + "major when `document.status` is `released`.",
        rationale: "Design verification shows with records that each design input is met. A verification that "
            + "has not run shows nothing yet: the requirements it verifies stand unverified. While the document "
            + "is in work that is an open item; in a released document it is a gap a Notified Body reports, "
            + "since the release presents the verification as done. A `rules:` entry sets both cases to the one "
            + "severity it names.",
        remedy: "Run the verification and record its `result:` (`pass` or `fail`) and `evidence:`, or keep the "
            + "document `in-review` until it has run.",
        failing: """
            id: VER-007
            type: verification
            title: Session time-out test
            method: test
            verifies: [SR-031]
            # no result: it defaults to not-run
            """,
        passing: """
            id: VER-007
            type: verification
            title: Session time-out test
            method: test
            result: pass
            evidence: reports/VER-007.pdf
            verifies: [SR-031]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let released = graph.configuration.document.status == .released
        return graph.live(.verification).compactMap { position in
            let item = graph[position]
            let verified = graph.targets(of: position, in: .verifies)
            guard item.verification?.result == .notRun, !verified.isEmpty else { return nil }
            let written = item.fieldLines["result"] != nil ? "`result: not-run`" : "no `result` (not-run)"
            return RuleViolation(
                subject: item.id, location: item.location(of: "result"),
                message: "\(item.id) has \(written), so \(verified.ids(in: graph)) "
                    + "\(verified.count == 1 ? "is" : "are") not shown to be met"
                    + "\(released ? " in a released document" : "") (\(clause))",
                remedy: "run it and record `result: pass` or `result: fail` with its `evidence:`"
                    + (released ? ", or set the document back to `in-review`" : ""),
                escalatedSeverity: released ? .major : nil)
        }
    }
}
