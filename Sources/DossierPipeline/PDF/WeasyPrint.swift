import DossierModel
import DossierWrite
import Foundation

/// What `build --pdf` asks for: the time limit and the files to attach
/// inside the PDF besides dossier.json and trace.csv.
public struct PDFOptions: Sendable {
    /// Seconds WeasyPrint may run before it is stopped and the build fails.
    public var timeout: TimeInterval
    /// Paths relative to the output folder, e.g. an SBOM the build writes.
    public var extraAttachments: [String]

    public static let defaultTimeout: TimeInterval = 600
    /// Always attached: the machine-readable dossier and the trace table.
    public static let standardAttachments = ["dossier.json", "trace.csv"]

    public init(timeout: TimeInterval = defaultTimeout, extraAttachments: [String] = []) {
        self.timeout = timeout
        self.extraAttachments = extraAttachments
    }
}

/// Why no PDF was made; the build then writes nothing.
public enum PDFFailure: Error, Equatable, CustomStringConvertible {
    case notInstalled
    case timedOut(seconds: TimeInterval)
    case failed(status: Int32, message: String)
    /// WeasyPrint stopped, and these images (labels: path and the items
    /// that show it) fail alone too.
    case imagesNotDrawn([String], status: Int32, message: String)
    case cannotRun(String)

    public var description: String {
        switch self {
        case .notInstalled:
            "`--pdf` needs WeasyPrint, and `weasyprint` is not on PATH; install it "
                + "(Debian, Ubuntu: `apt-get install weasyprint`; elsewhere: `pip install weasyprint`) and build again"
        case .timedOut(let seconds):
            "WeasyPrint did not finish the PDF within \(String(format: "%g", seconds)) second\(seconds == 1 ? "" : "s") "
                + "and was stopped; "
                + "give it longer with `--pdf-timeout SECONDS`"
        case .failed(let status, let message):
            "WeasyPrint failed (exit status \(status)): "
                + (message.isEmpty ? "it printed no message" : message)
        case .imagesNotDrawn(let images, let status, let message):
            "WeasyPrint cannot draw \(images.count == 1 ? "the image" : "the images") "
                + images.joined(separator: ", ") + " and stopped (exit status \(status)"
                + (message.isEmpty ? "" : ": \(message)") + "); export "
                + (images.count == 1 ? "it" : "them") + " again from the drawing tool or fix "
                + (images.count == 1 ? "it" : "them") + " (`dossier check` reports what it finds: invalid-image)"
        case .cannotRun(let reason): "cannot run WeasyPrint: \(reason)"
        }
    }
}

/// `dossier.pdf` from `dossier.html` in the staging folder: WeasyPrint,
/// run as a separate process, writes PDF/A-3b with dossier.json and
/// trace.csv attached. WeasyPrint stamps embedded fonts with the current
/// time unless SOURCE_DATE_EPOCH is set, so it is set from the document
/// date; the PDF's own dates come from the page's `dcterms` meta tags,
/// which hold the same date. Same input, same bytes.
struct WeasyPrint {
    var executable: URL
    var options: PDFOptions

    init(options: PDFOptions, path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(PDFFailure) {
        guard let executable = ExternalProcess.find("weasyprint", path: path) else { throw .notInstalled }
        self.executable = executable
        self.options = options
    }

    /// The PDF's outline: a bookmark per chapter, per group or phase, per
    /// item; the cover and contents headings are not chapters; chapters and
    /// the sections the contents lists carry its numbers. Given to
    /// WeasyPrint as a stylesheet of its own: `bookmark-level` is not CSS a
    /// browser or the W3C checker knows, and dossier.html must stay valid.
    static let outlineStylesheet = """
        h1, h2, h3, h4, h5, h6 { bookmark-level: none; }
        h2.chapter { bookmark-level: 1; bookmark-label: counter(chapter) ". " content(); }
        h3.numbered { bookmark-label: counter(chapter) "." counter(section) " " content(); }
        h2.chapter ~ h3, .item h3 { bookmark-level: 2; }
        h2.chapter ~ h3.phase-requirements, .item-head h4 { bookmark-level: 3; }

        """

    /// - Parameter inputs: files of the content folder attached as they are
    ///   (the SBOM files), after dossier.json and trace.csv.
    ///   `images`: what dossier.html embeds, for the PDF's copies of SVGs and
    ///   for naming the images WeasyPrint cannot draw.
    func makePDF(in folder: URL, configuration: ProjectConfiguration, sourceDateEpoch: String?,
                 attaching inputs: [URL] = [], images: [PDFImage] = []) throws(PDFFailure) {
        let outline = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-outline-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).css")
        do {
            try Data(Self.outlineStylesheet.utf8).write(to: outline)
        } catch {
            throw .cannotRun("cannot write the outline stylesheet: \(error.localizedDescription)")
        }
        let outlinePath = outline.path
        InterruptCleanup.onInterrupt("outline") { unlink(outlinePath) }
        defer {
            InterruptCleanup.onInterrupt("outline", nil)
            try? FileManager.default.removeItem(at: outline)
        }
        var arguments = ["--pdf-variant", "pdf/a-3b", "--pdf-identifier", configuration.document.id,
                         "--stylesheet", outline.path]
        for attachment in PDFOptions.standardAttachments + options.extraAttachments {
            arguments += ["--attachment", folder.appendingPathComponent(attachment).path]
        }
        for input in inputs {
            arguments += ["--attachment", input.path]
        }
        let source = try Self.pdfSource(in: folder, images: images)
        defer {
            if source.lastPathComponent == Self.pdfSourceName { try? FileManager.default.removeItem(at: source) }
        }
        arguments += [source.path, folder.appendingPathComponent("dossier.pdf").path]
        let process = ExternalProcess(executable: executable, arguments: arguments,
                                      environment: ["SOURCE_DATE_EPOCH": Self.epoch(configuration, sourceDateEpoch)],
                                      timeout: options.timeout)
        let outcome: ExternalProcess.Outcome
        do {
            outcome = try process.run()
        } catch {
            throw .cannotRun("\(error)")
        }
        switch outcome {
        case .timedOut: throw .timedOut(seconds: options.timeout)
        case .exited(let status, let errors):
            guard status == 0, FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossier.pdf").path)
            else {
                let message = Self.errorLines(errors)
                let notDrawn = imagesNotDrawn(images)
                if notDrawn.isEmpty { throw .failed(status: status, message: message) }
                throw .imagesNotDrawn(notDrawn.map(\.label), status: status, message: message)
            }
        }
    }

    /// The document date at midnight UTC, else the build's SOURCE_DATE_EPOCH, else the epoch.
    static func epoch(_ configuration: ProjectConfiguration, _ sourceDateEpoch: String?) -> String {
        if let date = CalendarDate(configuration.document.date) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let components = DateComponents(year: date.year, month: date.month, day: date.day)
            if let day = calendar.date(from: components) { return String(Int(day.timeIntervalSince1970)) }
        }
        if let sourceDateEpoch, Int(sourceDateEpoch.trimmingCharacters(in: .whitespaces)) != nil {
            return sourceDateEpoch.trimmingCharacters(in: .whitespaces)
        }
        return "0"
    }

    /// WeasyPrint's errors without its warnings about CSS it ignores; of a
    /// Python traceback, only its last line, the error itself: the frames
    /// name WeasyPrint's files, none of the author's.
    static func errorLines(_ output: String) -> String {
        var lines = output.split(separator: "\n").filter { !$0.hasPrefix("WARNING:") }
        if let traceback = lines.firstIndex(where: { $0.hasPrefix("Traceback (most recent call last)") }) {
            let error = lines[traceback...].last { !$0.hasPrefix(" ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            lines = Array(lines[..<traceback]) + (error.map { [$0] } ?? [])
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
