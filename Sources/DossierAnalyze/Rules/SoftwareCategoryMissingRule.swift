import DossierLink
import DossierModel

/// Who carries a component's security risk decides what the instructions
/// must say of it.
public struct SoftwareCategoryMissingRule: ItemRule {
    public let documentation = RuleDocumentation(
        .softwareCategoryMissing, .minor, clause: "IEC 81001-5-1 ISH1:2025",
        summary: "A `component` item without `software_category`.",
        rationale: "IEC 81001-5-1 and its interpretation sheet ISH1:2025 sort third-party software by who carries "
            + "its security risk: software the manufacturer maintains, software it supports, and software the "
            + "responsible organisation must provide and maintain. Each asks something different of the "
            + "manufacturer's monitoring and of the accompanying documentation; a component in no category "
            + "leaves that open.",
        remedy: "Set `software_category` to `maintained`, `supported` or `required`.",
        failing: """
            id: CMP-002
            type: component
            title: Flask web framework
            purl: pkg:pypi/flask
            support: community
            end_of_support: 2027-06-30
            """,
        passing: """
            id: CMP-002
            type: component
            title: Flask web framework
            purl: pkg:pypi/flask
            support: community
            end_of_support: 2027-06-30
            software_category: maintained
            """)

    public init() {}

    public func applies(to item: Item) -> Bool { item.type == .component && item.isLive }

    public func violations(of item: Item) -> [RuleViolation] {
        guard item.component?.softwareCategory == nil else { return [] }
        return [RuleViolation(
            subject: item.id, location: item.location,
            message: "\(item.id) does not say whether the manufacturer maintains it, supports it, or requires the "
                + "operator to provide it (\(clause))",
            remedy: "add `software_category: maintained`, `supported` or `required`")]
    }
}
