import DossierLink
import DossierModel

/// A failed verification means a design input is not met.
public struct FailedVerificationRule: Rule {
    public let id = RuleID.failedVerification
    public let defaultSeverity = FindingSeverity.major
    public let clause = "IEC 62304 §5.2.6; ISO 13485 §7.3.6"
    public let summary = "A verification failed."
    public let remedy = "Fix the design and run the verification again, or record why the failure does not "
        + "affect the requirement and what was decided."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.verification).compactMap { position in
            let item = graph[position]
            guard item.verification?.result == .fail else { return nil }
            let verified = graph.targets(of: position, in: .verifies)
            let what = verified.isEmpty ? "" : " of \(verified.ids(in: graph))"
            return RuleViolation(
                subject: item.id, location: item.location(of: "result"),
                message: "\(item.id) failed: the verification\(what) is not passed (\(clause)); fix the design "
                    + "and verify again, or record the decision on the failure")
        }
    }
}
