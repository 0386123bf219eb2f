import DossierLink
import DossierModel

/// Software past its end of support receives no security fixes: using it is
/// a decision that needs its reason.
public struct ComponentEndOfSupportRule: Rule {
    public let documentation = RuleDocumentation(
        .componentEndOfSupport, .major, clause: "FD&C Act §524B(b)(3); FDA guidance §V.A.4",
        summary: "A `component` item without a `rationale` whose support has ended by the document date, or "
            + "whose `support` is `unsupported` or `end-of-life`.",
        rationale: "A component that no longer receives security fixes leaves its known and future "
            + "vulnerabilities open for the life of the device. A reviewer expects it replaced, or the reason "
            + "it is kept and how its risk is controlled.",
        remedy: "Replace the component, or write the `rationale`: why it is kept and how its vulnerabilities "
            + "are monitored and controlled.",
        failing: """
            id: CMP-007
            type: component
            title: Python 3.8 runtime
            name: python
            support: end-of-life
            end_of_support: 2024-10-07
            """,
        passing: """
            id: CMP-007
            type: component
            title: Python 3.8 runtime
            name: python
            support: end-of-life
            end_of_support: 2024-10-07
            rationale: Runs only the offline service tool; no network interface. Replaced in release 3.0.
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        let documentDate = CalendarDate(graph.configuration.document.date)
        return graph.live(.component).compactMap { position in
            let item = graph[position]
            guard let component = item.component, component.rationale == nil else { return nil }
            if let support = component.support, support == .unsupported || support == .endOfLife {
                return RuleViolation(
                    subject: item.id, location: item.location(of: "support"),
                    message: "\(item.id) is \(support.rawValue) and no rationale says why it is kept (\(clause))",
                    remedy: "replace it, or add `rationale:` saying why it is kept and how its risk is controlled")
            }
            // An undated document has no date to compare with.
            guard let documentDate, let end = component.endOfSupport.flatMap(CalendarDate.init),
                  end <= documentDate else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "end_of_support"),
                message: "\(item.id)'s support ended on \(component.endOfSupport!), on or before the document date "
                    + "\(graph.configuration.document.date), and no rationale says why it is kept (\(clause))",
                remedy: "replace it, or add `rationale:` saying why it is kept and how its risk is controlled")
        }
    }
}
