import DossierModel

/// The field table of an item page: what the author wrote, type by type,
/// then the team's own fields, all as text to be escaped by the template.
enum ItemFields {
    static func rows(of item: Item) -> [FieldView] {
        var rows: [FieldView] = []
        func add(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            rows.append(FieldView(name: name, value: value, href: nil))
        }
        add("Phases", item.phases.map(\.rawValue).joined(separator: ", "))
        switch item.details {
        case .threat(let threat):
            add("STRIDE", threat.stride.map(\.rawValue).joined(separator: ", "))
            add("Interfaces", threat.interfaces.joined(separator: ", "))
            add("Risk", threat.risk?.rawValue)
            add("Residual risk", threat.residualRisk?.rawValue)
            add("Safety impact", threat.safetyImpact ? "yes" : "no")
            add("Treatment", threat.treatment.rawValue)
            add("Rationale", threat.rationale)
            add("CVSS", threat.cvss)
        case .securityRequirement(let requirement):
            add("Source", requirement.source.rawValue)
            add("Control category", requirement.category?.rawValue)
            add("References", requirement.references.joined(separator: "; "))
            add("Rationale", requirement.rationale)
        case .requirement(let requirement):
            add("Category", requirement.category?.rawValue)
            add("Security-relevant", requirement.securityRelevant ? "yes" : "no")
        case .asset(let asset):
            add("Properties", asset.properties.map(\.rawValue).joined(separator: ", "))
        case .hazard(let hazard):
            add("Harm", hazard.harm)
            add("Severity", hazard.severity?.rawValue)
        case .verification(let verification):
            add("Method", verification.method?.rawValue)
            add("Result", verification.result.rawValue)
            if let evidence = verification.evidence {
                rows.append(FieldView(name: "Evidence", value: evidence, href: webURL(evidence)))
            }
        case .section(let section):
            add("Order", section.order.map { $0 == $0.rounded() ? String(Int($0)) : String($0) })
        }
        add("Tags", item.tags.joined(separator: ", "))
        for field in item.extraFields {
            add(field.name, field.value.displayText)
        }
        return rows
    }

    /// Evidence becomes a link only when it is an http(s) URL; a path is
    /// shown as text, never as a link into the build machine's file system.
    static func webURL(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        return text
    }
}
