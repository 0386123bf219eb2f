import ArgumentParser
import DossierModel
import DossierPipeline
import DossierReport
import Foundation

extension CheckReportFormat: ExpressibleByArgument {}

/// `dossier check`: prints errors and findings; exits 1 at or above `--fail-on`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report input errors and traceability gaps.",
        discussion: """
            Examples:
              dossier check
              dossier check --content docs/design-inputs --fail-on minor
              dossier check --format json > findings.json
              dossier check --format sarif > dossier.sarif  # GitHub code scanning
              dossier check --format junit > junit.xml      # GitLab, Jenkins

            SARIF levels: input errors and major findings are "error", minor findings "warning". \
            JUnit: one test case per input error or finding, one passing test case per check that \
            found nothing.
            """)

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case major, minor, never
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var comparison: BaselineOption

    @Option(name: .long, help: ArgumentHelp("text: errors and findings on standard error, as a compiler prints "
                + "them; json, sarif or junit: the report on standard output."))
    var format: CheckReportFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: major, minor or never.")
    var failOn: FailLevel = .major

    @Flag(name: .shortAndLong, help: "Print nothing on standard error but the summary line.")
    var quiet = false

    func run() throws {
        let pipeline = input.pipeline(baseline: comparison.baseline)
        let progress = ProgressReporter.forTerminal(showingProgress: !quiet, timings: input.timings)
        let report = pipeline.check(progress: progress)
        progress.finish()
        let diagnostics = report.diagnostics
        let summary = CheckSummary(items: report.itemCount, diagnostics: diagnostics)
        let console = Console.standardError()
        if !quiet {
            console.lines(diagnostics, in: input.content.folder)
        }
        console.summary(summary.sentence)
        if !quiet, format == .text, summary.major + summary.minor > 0 { console.write(Self.explainHint) }
        switch format {
        case .text: break
        case .json: Console.writeStandardOutput(JSONCheckReport.render(summary: summary, diagnostics: diagnostics))
        case .sarif:
            Console.writeStandardOutput(SARIFCheckReport.render(summary: summary, diagnostics: diagnostics,
                                                                contentFolder: input.content.folder))
        case .junit:
            let settings = report.graph?.configuration.ruleSettings ?? [:]
            let disabled = Set(settings.filter { $0.value == .off }.keys)
            Console.writeStandardOutput(JUnitCheckReport.render(summary: summary, diagnostics: diagnostics,
                                                                disabledRules: disabled,
                                                                comparedWithBaseline: comparison.baseline != nil))
        }
        throw ExitCode(Self.exitStatus(summary: summary, failOn: failOn))
    }

    /// Once, after the summary: a finding names its rule, and the rule's
    /// page says what it asks and how to meet it.
    static let explainHint = "Run `dossier explain RULE` for what a rule asks and how to fix a finding."

    static func exitStatus(summary: CheckSummary, failOn: FailLevel) -> Int32 {
        if summary.errors > 0 { return 2 }
        switch failOn {
        case .major: return summary.major > 0 ? 1 : 0
        case .minor: return summary.major + summary.minor > 0 ? 1 : 0
        case .never: return 0
        }
    }
}
