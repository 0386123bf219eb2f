import DossierModel

/// A rule's page, as `dossier explain` prints it and as docs/rules.md
/// collects them: both read the rule's own documentation, so the reference
/// cannot drift from the code.
public enum RulePage {
    /// The page of one rule for a terminal.
    public static func text(of documentation: RuleDocumentation) -> String {
        let id = documentation.id.rawValue
        return """
            \(id) (\(documentation.defaultSeverity.rawValue) by default; \(documentation.clause))

            \(documentation.summary)

            Why it matters
            \(indented(documentation.rationale))

            How to fix
            \(indented(documentation.remedy))

            Raises the finding:
            \(indented(documentation.failingExample))

            Passes:
            \(indented(documentation.passingExample))

            Severity: set it under `rules:` in dossier.yml to major, minor or off:
                rules:
                  \(id): \(otherSeverity(than: documentation.defaultSeverity))

            """
    }

    /// Every rule on one line each: id, default severity, summary.
    public static func list(catalog: [any Rule]) -> String {
        let width = catalog.map(\.id.rawValue.count).max() ?? 0
        return catalog.map { rule in
            let id = rule.id.rawValue
            let padding = String(repeating: " ", count: width - id.count)
            return "\(id)\(padding)  \(rule.defaultSeverity.rawValue)  \(rule.documentation.summary)\n"
        }.joined()
    }

    /// docs/rules.md: an index, then one section per rule in catalog order.
    public static func markdown(catalog: [any Rule]) -> String {
        var text = """
            <!-- Generated from the rules' own documentation by `make docs`; edit the rule, not this file. -->

            # Rules

            `dossier check` reports these findings in a dossier that has no input errors. Each rule has a \
            default severity; `rules:` in `dossier.yml` sets it to `major`, `minor` or `off` (see \
            [the content format](format.md)). `dossier explain RULE` prints a rule's section on the command line.

            | rule | default | finds |
            |---|---|---|

            """
        for rule in catalog {
            let id = rule.id.rawValue
            text += "| [`\(id)`](#\(id)) | \(rule.defaultSeverity.rawValue) | \(rule.documentation.summary) |\n"
        }
        for rule in catalog { text += "\n" + section(of: rule.documentation) }
        return text
    }

    private static func section(of documentation: RuleDocumentation) -> String {
        let id = documentation.id.rawValue
        return """
            ## \(id)

            Default severity: **\(documentation.defaultSeverity.rawValue)**. Clause: \(documentation.clause).

            \(documentation.summary)

            **Why it matters.** \(documentation.rationale)

            **How to fix.** \(documentation.remedy)

            Raises the finding:

            ```\(language(of: documentation.failingExample))
            \(documentation.failingExample)
            ```

            Passes:

            ```\(language(of: documentation.passingExample))
            \(documentation.passingExample)
            ```

            """
    }

    /// Examples are front matter, or the SVG file `invalid-image` reads.
    private static func language(of example: String) -> String { example.hasPrefix("<") ? "xml" : "yaml" }

    /// The example severity to set: a change from the default reads as one.
    private static func otherSeverity(than severity: FindingSeverity) -> String {
        severity == .major ? "minor" : "major"
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
    }
}
