import DossierLink
import DossierModel

/// Each FDA Appendix 1 control category is addressed, or justified as not
/// applicable.
public struct ControlCategoryNotAddressedRule: Rule {
    public let documentation = RuleDocumentation(
        .controlCategoryNotAddressed, .minor, clause: "FDA premarket cybersecurity guidance, Appendix 1",
        summary: "A control category has no security requirement and no justification.",
        rationale: "FDA reviewers read the security requirements against the eight control categories of "
            + "Appendix 1 (authentication, authorization, cryptography, integrity, confidentiality, logging, "
            + "resiliency, updatability). A category with nothing in it needs a stated reason.",
        remedy: "Add a security requirement with that `category`, or justify under "
            + "`control_categories_not_applicable` in dossier.yml why it does not apply.",
        failing: """
            # no security requirement has category: updatability
            """,
        passing: """
            # dossier.yml
            control_categories_not_applicable:
              updatability: Firmware is not field-updatable; the unit is replaced as a whole.
            """)

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
                    + "(\(category.title), \(clause))",
                remedy: "add one with `category: \(category.rawValue)`, or justify it under "
                    + "`control_categories_not_applicable` in dossier.yml")
        }
    }
}
