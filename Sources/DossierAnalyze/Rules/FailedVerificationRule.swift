import DossierLink
import DossierModel

/// A failed verification means a design input is not met.
public struct FailedVerificationRule: Rule {
    public let documentation = RuleDocumentation(
        .failedVerification, .major, clause: "IEC 62304 §5.2.6; ISO 13485 §7.3.6",
        summary: "A verification failed.",
        rationale: "Design verification must show that the outputs meet the inputs. A failed verification "
            + "is evidence that a requirement is not met; the dossier must not present it as covered.",
        remedy: "Fix the design and run the verification again, or record why the failure does not affect the "
            + "requirement and what was decided.",
        failing: """
            id: VER-003
            type: verification
            title: Pairing rejects an unauthenticated pump
            result: fail
            verifies: [SR-004]
            """,
        passing: """
            id: VER-003
            type: verification
            title: Pairing rejects an unauthenticated pump
            result: pass
            verifies: [SR-004]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.verification).compactMap { position in
            let item = graph[position]
            guard item.verification?.result == .fail else { return nil }
            let verified = graph.targets(of: position, in: .verifies)
            let what = verified.isEmpty ? "" : " of \(verified.ids(in: graph))"
            return RuleViolation(
                subject: item.id, location: item.location(of: "result"),
                message: "\(item.id) failed: the verification\(what) is not passed (\(clause))",
                remedy: "fix the design and verify again, or record the decision on the failure")
        }
    }
}
