import ArgumentParser
import DossierAnalyze
import DossierModel

/// `dossier explain RULE`: a rule's page on the command line, as `ruff rule`
/// and `rustc --explain` print theirs, so the reason behind a finding is one
/// command away from the finding.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it finds, why it matters and how to fix a finding.",
        discussion: """
            Examples:
              dossier explain checklist-derived-requirement
              dossier explain --list
            """)

    @Argument(help: "A rule id, as printed in brackets by `dossier check`.")
    var rule: String?

    @Flag(name: .long, help: "List every rule with its default severity.")
    var list = false

    /// docs/rules.md, for `make docs`.
    @Flag(name: .customLong("markdown-reference"), help: .hidden)
    var markdownReference = false

    func run() throws {
        if markdownReference { return Console.writeStandardOutput(RulePage.markdown(catalog: RuleCatalog.all)) }
        guard let rule, !list else { return Console.writeStandardOutput(RulePage.list(catalog: RuleCatalog.all)) }
        guard let id = RuleID(rawValue: rule) else {
            Console.standardError().error(Self.unknownRuleMessage(rule))
            throw ExitCode.validationFailure
        }
        Console.writeStandardOutput(RulePage.text(of: RuleCatalog.rule(id).documentation))
    }

    /// Names the rule most likely meant, then every rule, so the next try
    /// needs no other command.
    static func unknownRuleMessage(_ rule: String) -> String {
        let ids = RuleID.allCases.map(\.rawValue)
        var message = "unknown rule '\(rule)'"
        if let suggestion = EditDistance.closest(to: rule.lowercased(), among: ids, within: 3) {
            message += "; did you mean '\(suggestion)'?"
        }
        return message + "\nKnown rules: " + ids.sorted().joined(separator: ", ")
    }
}
