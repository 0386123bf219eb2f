import DossierLink
import DossierModel
import Foundation

/// Threats are only as good as the method that found them.
public struct ThreatModelMethodMissingRule: Rule {
    public let documentation = RuleDocumentation(
        .threatModelMethodMissing, .minor, clause: "FDA guidance §V.A.1",
        summary: "The project has threats, and `threat_model.methodology` does not say how they were found.",
        rationale: "The FDA asks the threat model to state its methodology (STRIDE per element, attack trees, "
            + "a tool and its template), so a reviewer can judge whether the threats found are complete.",
        remedy: "Describe the method in `threat_model.methodology` in dossier.yml.",
        failing: """
            # threats exist, and dossier.yml has no threat_model.methodology
            threat_model:
              reviewed: 2026-10-14
            """,
        passing: """
            threat_model:
              methodology: STRIDE per interaction, Microsoft Threat Modeling Tool, medical template
              reviewed: 2026-10-14
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let method = graph.configuration.threatModel.methodology?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard method.isEmpty, !graph.live(.threat).isEmpty || graph.items.contains(where: { $0.origin != nil })
        else { return [] }
        return [RuleViolation(
            subject: "threat-model", location: .configuration(line: graph.configuration.keyLines["threat_model"] ?? 1),
            message: "the project has threats, but `threat_model.methodology` does not say how they were identified "
                + "(\(clause))",
            remedy: "describe the method (e.g. STRIDE per interaction, the tool and its template) in "
                + "`threat_model.methodology`")]
    }
}
