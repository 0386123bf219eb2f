import ArgumentParser
import DossierPipeline
import DossierReport
import Foundation

extension DiffReportFormat: ExpressibleByArgument {}

/// `dossier diff`: what changed since the baseline. Exits 0 whatever changed;
/// 2 when either revision cannot be read.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List what changed since an earlier revision: items, links and findings.",
        discussion: """
            Items are matched by id: a file moved or renamed without other edits is no change.

            Examples:
              dossier diff --baseline v2.3
              dossier diff --baseline main --format markdown >> "$GITHUB_STEP_SUMMARY"
              dossier diff --baseline ../released/content --format json
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: BaselineOption.help)
    var baseline: String

    @Option(name: .long, help: "Output format on standard output: text, json or markdown.")
    var format: DiffReportFormat = .text

    func run() throws {
        let progress = ProgressReporter.forTerminal(showingProgress: true, timings: input.timings)
        let report = input.pipeline(baseline: baseline).check(progress: progress)
        progress.finish()
        guard report.errors.isEmpty, let changes = report.changes else {
            let console = Console.standardError()
            console.lines(report.diagnostics, in: input.content.folder)
            console.summary(CheckSummary(items: report.itemCount, diagnostics: report.diagnostics).sentence)
            throw ExitCode(2)
        }
        Console.writeStandardOutput(DiffReport.render(changes, format: format))
    }
}
