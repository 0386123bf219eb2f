import DossierLoad
import DossierModel
import DossierRender
import DossierWrite
import Foundation

/// Why a build wrote nothing.
public enum BuildFailure: Error {
    /// The input cannot be read as a dossier; the report holds the errors.
    case inputErrors(CheckResult)
    case templates(TemplateSet.Failure)
    case output(OutputWriter.Failure)
    /// Another build is writing the same output folder.
    case locked(OutputLock.Failure)
    /// `--pdf` was given and no PDF could be made.
    case pdf(PDFFailure)
}

public struct BuildResult: Sendable {
    public var report: CheckResult
    public var filesWritten: Int
    /// What the build did but the author may not have meant (an override
    /// template that replaces nothing).
    public var warnings: [String] = []
}

extension Pipeline {
    /// check → read linked files → render → write. Writes nothing unless
    /// every stage before `write` succeeded.
    /// With `pdf`, also `dossier.pdf` (see `WeasyPrint`).
    public func build(into output: URL, templates templateFolder: URL?, writer: OutputWriter = OutputWriter(),
                      pdf: PDFOptions? = nil,
                      progress: ProgressReporter = .silent) throws(BuildFailure) -> BuildResult {
        let weasyPrint: WeasyPrint?
        do throws(PDFFailure) {
            // Before anything is rendered: a missing WeasyPrint fails at once.
            weasyPrint = try pdf.map { options throws(PDFFailure) in try WeasyPrint(options: options) }
        } catch {
            throw .pdf(error)
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(overrides: templateFolder)
        } catch {
            throw .templates(error)
        }
        let lock: OutputLock
        do throws(OutputWriter.Failure) {
            try OutputWriter.checkParent(of: output, content: contentFolder)
        } catch {
            throw .output(error)
        }
        do {
            lock = try OutputLock(for: output)
        } catch {
            throw .locked(error)
        }
        defer { withExtendedLifetime(lock) {} }
        var report = check(progress: progress)
        guard report.errors.isEmpty else { throw .inputErrors(report) }
        report.sources = report.sources.releasingText()
        progress.stage("Reading linked files")
        let input = try renderInput(for: report)
        let graph = input.graph
        progress.stage("Rendering and writing \(CountText.phrase(graph.items.count, "item"))")
        let staging: OutputWriter.Staging
        do {
            staging = try writer.begin(output)
            let background = BackgroundStaging(staging)
            try DossierRenderer(templates: templates).render(input, to: background)
            try background.finish()
            if let weasyPrint {
                progress.stage("Making the PDF")
                // The SBOM and threat model files go into the Notified Body's file with the dossier.
                try weasyPrint.makePDF(in: staging.url, configuration: graph.configuration,
                                       sourceDateEpoch: sourceDateEpoch,
                                       attaching: input.listedFiles.map { report.sources.root.appendingPathComponent($0) },
                                       images: Self.pdfImages(input))
            }
            try staging.commit()
        } catch let failure as OutputWriter.Failure {
            throw .output(failure)
        } catch let failure as PDFFailure {
            // The staging folder is discarded with `staging`; output/ stays as it was.
            throw .pdf(failure)
        } catch {
            // Only the staging folder throws into the renderer.
            preconditionFailure("unexpected render failure: \(error)")
        }
        return BuildResult(report: report, filesWritten: staging.fileCount + (weasyPrint == nil ? 0 : 1),
                           warnings: templates.warnings)
    }

    /// What the renderers take from a checked project: its graph and
    /// findings with the files its bodies link to, read. Throws the report
    /// with its errors when it has any, or when a linked file cannot be read.
    public func renderInput(for report: CheckResult) throws(BuildFailure) -> RenderInput {
        guard report.errors.isEmpty, let graph = report.graph else { throw .inputErrors(report) }
        let read = AttachmentReader().read(graph.attachments, from: report.sources.root)
        guard read.errors.isEmpty else {
            var report = report
            report.errors = read.errors
            report.graph = nil
            throw .inputErrors(report)
        }
        return RenderInput(graph: graph, findings: report.findings,
                           manifest: Self.manifest(report.sources, attachments: read.attachments,
                                                   listed: graph.listedFiles),
                           attachments: Dictionary(uniqueKeysWithValues: read.attachments.map { ($0.path, $0.contents) }),
                           changes: report.changes, reviews: report.reviews)
    }

    static func manifest(_ sources: ContentSources, attachments: [AttachmentReader.Attachment],
                         listed: [ListedFileRecord] = []) -> [ManifestEntry] {
        var entries = sources.documents.map { ManifestEntry(path: $0.path, sha256: $0.sha256, bytes: $0.byteCount) }
        if let configuration = sources.configuration {
            entries.append(ManifestEntry(path: configuration.path, sha256: configuration.sha256,
                                         bytes: configuration.byteCount))
        }
        entries += attachments.map { ManifestEntry(path: $0.path, sha256: $0.sha256, bytes: $0.contents.count) }
        // A body may also link to a listed file: it is listed once.
        var attached = Set(attachments.map(\.path))
        entries += listed.filter { attached.insert($0.path).inserted }
            .map { ManifestEntry(path: $0.path, sha256: $0.sha256, bytes: $0.byteCount) }
        return entries.sorted { ByteOrder.precedes($0.path, $1.path) }
    }
}
