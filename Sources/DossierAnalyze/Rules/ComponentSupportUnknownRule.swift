import DossierLink
import DossierModel

/// The FDA asks for each component's level of support and end-of-support date.
public struct ComponentSupportUnknownRule: Rule {
    public let documentation = RuleDocumentation(
        .componentSupportUnknown, .major, clause: "FD&C Act §524B(b)(3)",
        summary: "A `component` item with `support: unknown`, or maintained or community-supported without "
            + "`end_of_support`.",
        rationale: "A cyber device's SBOM must come with each component's level of support and end-of-support "
            + "date, so that the manufacturer and the reviewer can plan for software that will stop receiving "
            + "security fixes.",
        remedy: "Find out who maintains the component and until when; set `support` and `end_of_support`.",
        failing: """
            id: CMP-002
            type: component
            title: Flask web framework
            purl: pkg:pypi/flask
            support: community
            """,
        passing: """
            id: CMP-002
            type: component
            title: Flask web framework
            purl: pkg:pypi/flask
            support: community
            end_of_support: 2027-06-30
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.component).compactMap { position in
            let item = graph[position]
            guard let component = item.component else { return nil }
            switch component.support {
            case .unknown:
                return RuleViolation(
                    subject: item.id, location: item.location(of: "support"),
                    message: "\(item.id) has an unknown level of support (\(clause))",
                    remedy: "find out who maintains it and set `support` and `end_of_support`")
            case .maintained where component.endOfSupport == nil, .community where component.endOfSupport == nil:
                return RuleViolation(
                    subject: item.id, location: item.location(of: "support"),
                    message: "\(item.id) states no end-of-support date (\(clause))",
                    remedy: "add `end_of_support:` with the date its supplier or community stops fixing it")
            default:
                return nil
            }
        }
    }
}
