import DossierLink
import DossierModel

/// The FDA expects requirements for each control category of its Appendix 1,
/// or a justification why a category does not apply.
public struct ControlCategoryNotAddressedRule: Rule {
    public let id = RuleID.controlCategoryNotAddressed
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "FDA premarket cybersecurity guidance, Appendix 1"
    public let summary = "A control category has no security requirement and no justification."
    public let remedy = "Add a security requirement with that `category`, or justify under "
        + "`control_categories_not_applicable` in dossier.yml why it does not apply."

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let addressed = Set(graph.live(.securityRequirement).compactMap { graph[$0].securityRequirement?.category })
        let justified = graph.configuration.notApplicableCategories
        let line = graph.configuration.keyLines["control_categories_not_applicable"] ?? 1
        return ControlCategory.allCases.compactMap { category in
            guard !addressed.contains(category), justified[category] == nil else { return nil }
            return RuleViolation(
                subject: category.rawValue, location: .configuration(line: line),
                message: "no security requirement addresses the `\(category.rawValue)` control category "
                    + "(\(category.title), \(clause)); add one with `category: \(category.rawValue)`, or justify "
                    + "it under `control_categories_not_applicable` in dossier.yml")
        }
    }
}
