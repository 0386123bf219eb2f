import DossierAnalyze
import DossierLink
import DossierLoad
import DossierModel
import DossierParse
import Foundation

/// The stages in the order they run: load → parse → link → analyze, then for
/// `build` render → write. Each stage hands the next one a single value.
public struct Pipeline: Sendable {
    public var contentFolder: URL
    public var limits: LoadLimits
    /// For the document date when dossier.yml gives none (docs/format.md, "dossier.yml").
    public var sourceDateEpoch: String?

    public init(contentFolder: URL, limits: LoadLimits = .standard,
                sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]) {
        self.contentFolder = contentFolder
        self.limits = limits
        self.sourceDateEpoch = sourceDateEpoch
    }

    public func check(progress: ProgressReporter = .silent) -> CheckReport {
        progress.stage("Loading")
        let sources = ContentLoader(limits: limits).load(from: contentFolder)
        return check(sources, progress: progress)
    }

    /// The stages after loading, for sources already in memory (the fuzzer).
    public func check(_ sources: ContentSources, progress: ProgressReporter = .silent) -> CheckReport {
        progress.stage("Parsing \(sources.documents.count) files")
        var parsed = ProjectParser(sourceDateEpoch: sourceDateEpoch).parse(sources)
        if let paths = parsed.configuration?.sbomFiles, !paths.isEmpty {
            progress.stage("Reading \(paths.count) SBOM files")
            // A listed file the walk already refused has its one error.
            let refused = Set(sources.errors.map(\.location.file))
            parsed.readSBOMs(SBOMFileLoader().load(paths.filter { !refused.contains($0) }, from: sources.root))
        }
        progress.stage("Linking")
        let linked = TraceLinker(contentFiles: Set(sources.otherFiles.keys)).link(parsed)
        guard let graph = linked.graph else {
            return CheckReport(sources: sources, itemCount: linked.itemCount, errors: linked.errors, findings: [],
                               graph: nil)
        }
        progress.stage("Analysing")
        let findings = Analyzer().findings(in: graph)
        return CheckReport(sources: sources, itemCount: graph.items.count, errors: [], findings: findings,
                           graph: graph)
    }
}
