import ArgumentParser
import DossierModel
import DossierPipeline
import DossierRender
import DossierReport
import DossierWrite
import Foundation

/// `dossier build`: writes the site, dossier.html, dossier.md, dossier.json
/// trace.csv and dossier.reqif. Findings do not stop a build: they are part of
/// the dossier. Input errors do, and then nothing is written.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the dossier: docs site, single HTML, Markdown, JSON, CSV and ReqIF.",
        discussion: """
            The previous output folder is replaced only when every file of the new one is written, \
            and only if an earlier `dossier build` made it.

            Examples:
              dossier build
              dossier build --content docs/design-inputs --output public
              dossier build --templates my-templates  # your versions of some templates
              dossier build --pdf                     # also dossier.pdf (PDF/A)
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var comparison: BaselineOption

    @Option(name: .long, help: ArgumentHelp(
        "The output folder, replaced whole; the folder that holds it must exist "
            + "(default: ./output, or ../output inside the content folder).",
        valueName: "dir"))
    var output: String?

    @Option(name: .long, help: "A folder of .mustache files that replace built-in templates of the same name (default: ./templates when it exists).")
    var templates: String?

    @Flag(name: .long, help: "Also write dossier.pdf (PDF/A-3b, with dossier.json and trace.csv attached); needs WeasyPrint on PATH.")
    var pdf = false

    @Option(name: .long, help: ArgumentHelp(
        "With --pdf: stop WeasyPrint and fail the build after this many seconds "
            + "(default: \(String(format: "%g", PDFOptions.defaultTimeout))).",
        valueName: "seconds"))
    var pdfTimeout: Double?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard pdfTimeout.map({ $0 > 0 }) ?? true else {
            throw ValidationError("--pdf-timeout must be a number of seconds above 0")
        }
        // Given alone it would limit nothing, and say nothing.
        guard pdfTimeout == nil || pdf else { throw ValidationError("--pdf-timeout applies only with --pdf") }
    }

    func run() throws {
        let started = Date()
        let console = Console.standardError()
        let progress = ProgressReporter.forTerminal(showingProgress: !quiet, timings: input.timings)
        let pipeline = input.pipeline(baseline: comparison.baseline)
        let output = output ?? input.content.inProjectFolder("output")
        InterruptCleanup.install()
        do {
            let result = try pipeline.build(into: URL(fileURLWithPath: output),
                                            templates: input.content.templateFolder(given: templates),
                                            pdf: pdf ? PDFOptions(timeout: pdfTimeout ?? PDFOptions.defaultTimeout) : nil,
                                            progress: progress)
            progress.finish()
            guard !quiet else { return }
            for warning in result.warnings { console.write(warning) }
            let summary = CheckSummary(items: result.report.itemCount, diagnostics: result.report.diagnostics)
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            console.summary("Built \(output)/: \(CountText.phrase(summary.items, "item")), \(summary.findings), "
                            + "\(CountText.phrase(result.filesWritten, "file")) in \(seconds) s")
        } catch {
            progress.finish()
            switch error {
            case .inputErrors(let report):
                console.lines(report.diagnostics, in: input.content.folder)
                let summary = CheckSummary(items: report.itemCount, diagnostics: report.diagnostics)
                console.summary(summary.sentence + "; nothing was written")
            case .templates(let failure):
                console.write(failure.description)
            case .output(let failure):
                console.write("error: \(failure.description)")
            case .locked(.held(let path)):
                console.write("error: another `dossier build` is writing \(path); wait for it to finish and build again")
            case .locked(.unavailable(let path, let reason)):
                console.write("error: cannot lock \(path) for writing: \(reason)")
            case .pdf(let failure):
                console.write("error: \(failure.description); \(output)/ was left as it was")
            }
            throw ExitCode(2)
        }
    }
}
