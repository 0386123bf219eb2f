import ArgumentParser
import DossierAnalyze
import DossierModel

/// `dossier explain RULE`: a rule's page on the command line, as `ruff rule`
/// and `rustc --explain` print theirs, so the reason behind a finding is one
/// command away from the finding.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule or an input error: what it finds, why it matters and how to fix it.",
        discussion: """
            Examples:
              dossier explain checklist-derived-requirement
              dossier explain dangling-reference
              dossier explain --list
            """)

    @Argument(help: "A rule or input error, as printed in brackets by `dossier check`.")
    var rule: String?

    @Flag(name: .long, help: "List every rule with its default severity, then the input errors.")
    var list = false

    /// docs/rules.md, for `make docs`.
    @Flag(name: .customLong("markdown-reference"), help: .hidden)
    var markdownReference = false

    func validate() throws {
        if list && rule != nil { throw ValidationError("--list takes no rule; give a rule or --list") }
    }

    func run() throws {
        if markdownReference { return Console.writeStandardOutput(RulePage.markdown(catalog: RuleCatalog.all)) }
        guard let rule, !list else {
            return Console.writeStandardOutput(RulePage.list(catalog: RuleCatalog.all) + Self.errorList())
        }
        if let id = RuleID(rawValue: rule) {
            return Console.writeStandardOutput(RulePage.text(of: RuleCatalog.rule(id).documentation))
        }
        // `check` prints an input error's code in brackets as it does a rule's.
        if let error = InputErrorDescription.all.first(where: { $0.code == rule }) {
            return Console.writeStandardOutput(Self.page(of: error))
        }
        Console.standardError().error(Self.unknownRuleMessage(rule))
        throw ExitCode.validationFailure
    }

    static func page(of error: InputErrorDescription) -> String {
        """
        \(error.code) (input error)

        \(error.summary)

        What it stops
            The content cannot be read as a dossier: `dossier build` writes nothing and `dossier check` \
        reports no findings while there is one, since they would be counted on an incomplete trace graph.

        How to fix
            \(error.remedy)

        """
    }

    /// The input errors under the rules, one line each.
    static func errorList() -> String {
        let width = InputErrorDescription.all.map(\.code.count).max() ?? 0
        return "\nInput errors (they stop the build):\n" + InputErrorDescription.all.map { error in
            error.code + String(repeating: " ", count: width - error.code.count) + "  " + error.summary + "\n"
        }.joined()
    }

    /// Names the rule or error most likely meant, then every rule and
    /// error, so the next try needs no other command.
    static func unknownRuleMessage(_ rule: String) -> String {
        let rules = RuleID.allCases.map(\.rawValue)
        let errors = InputErrorDescription.all.map(\.code)
        var message = "unknown rule '\(rule)'"
        if let suggestion = suggestion(for: rule.lowercased(), among: rules + errors) {
            message += "; did you mean '\(suggestion)'?"
        }
        return message + "\nKnown rules: " + rules.sorted().joined(separator: ", ")
            + "\nInput errors: " + errors.joined(separator: ", ")
    }

    /// A near spelling, else the one name that holds what was typed
    /// (`unmitigated` → `unmitigated-threat`).
    static func suggestion(for typed: String, among names: [String]) -> String? {
        if let close = EditDistance.closest(to: typed, among: names, within: 3) { return close }
        let holding = names.filter { $0.contains(typed) }
        return typed.count >= 4 && holding.count == 1 ? holding[0] : nil
    }
}
