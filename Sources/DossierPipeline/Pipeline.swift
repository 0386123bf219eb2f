import DossierAnalyze
import DossierBaseline
import DossierChange
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
    /// `--baseline`: a git revision or the path of an earlier copy of the content folder.
    public var baseline: String?

    public init(contentFolder: URL, limits: LoadLimits = .standard,
                sourceDateEpoch: String? = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
                baseline: String? = nil) {
        self.contentFolder = contentFolder
        self.limits = limits
        self.sourceDateEpoch = sourceDateEpoch
        self.baseline = baseline
    }

    public func check(progress: ProgressReporter = .silent) -> CheckResult {
        progress.stage("Reading and parsing")
        let loader = ContentLoader(limits: limits)
        // Each item file is parsed as soon as it is read and its text let
        // go; the parse stage then takes the items from the cache. dossier.yml
        // is read first, for its phases, and handed to the load as read.
        let configuration = loader.configuration(in: contentFolder)
        let reading = ParseAsRead(configuration: configuration, sourceDateEpoch: sourceDateEpoch)
        let sources = loader.load(from: contentFolder, unchanged: configuration.map { [$0.path: $0] } ?? [:],
                                  keeping: reading.take)
        guard sources.configuration?.sha256 == configuration?.sha256 else {
            // dossier.yml appeared or went between the two looks: the items
            // were read against other phases, and their text is gone. Read
            // them again.
            return check(loader.load(from: contentFolder), progress: progress)
        }
        return check(sources, cache: reading.cache(), progress: progress, parsedAsRead: true)
    }

    /// The stages after loading, for sources already in memory (the fuzzer,
    /// the preview, which keeps its parsed files in `cache` and its items'
    /// own findings in `memo`).
    public func check(_ sources: ContentSources, cache: ParseCache? = nil, memo: ItemRuleMemo? = nil,
                      progress: ProgressReporter = .silent) -> CheckResult {
        check(sources, cache: cache, memo: memo, progress: progress, parsedAsRead: false)
    }

    private func check(_ sources: ContentSources, cache: ParseCache? = nil, memo: ItemRuleMemo? = nil,
                       progress: ProgressReporter, parsedAsRead: Bool) -> CheckResult {
        progress.stage(parsedAsRead ? "Collecting \(CountText.phrase(sources.documents.count, "item"))"
                                    : "Parsing \(CountText.phrase(sources.documents.count, "file"))")
        var parsed = ProjectParser(sourceDateEpoch: sourceDateEpoch).parse(sources, cache: cache)
        let listed = ListedInputs.count(in: parsed.configuration)
        if listed > 0 { progress.stage("Reading \(CountText.phrase(listed, "file")) that \(ProjectConfiguration.fileName) lists") }
        ListedInputs.read(into: &parsed, from: sources)
        progress.stage("Linking")
        let linked = TraceLinker(contentFiles: Set(sources.otherFiles.keys)).link(parsed)
        guard var graph = linked.graph else {
            return CheckResult(sources: sources, itemCount: linked.itemCount, errors: linked.errors, findings: [],
                               graph: nil, errorSubjects: linked.subjects)
        }
        graph.imageDefects = Self.svgDefects(in: graph, root: sources.root)
        let reviews: [ReviewComparison]
        switch reviewComparisons(graph, current: (sources, parsed), progress: progress) {
        case .success(let comparisons): reviews = comparisons
        case .failure(let error):
            return CheckResult(sources: sources, itemCount: graph.items.count, errors: [error], findings: [], graph: nil)
        }
        var baselineGraph: TraceGraph?
        if let baseline {
            progress.stage("Reading the baseline \(baseline)")
            switch readBaseline(baseline, current: (sources, parsed)) {
            case .success(let graph): baselineGraph = graph
            case .failure(let error):
                return CheckResult(sources: sources, itemCount: graph.items.count, errors: [error], findings: [],
                                   graph: nil)
            }
        }
        progress.stage("Analysing")
        guard let baseline, let baselineGraph else {
            return CheckResult(sources: sources, itemCount: graph.items.count, errors: [],
                               findings: Analyzer(memo: memo).findings(in: graph, reviews: reviews), graph: graph,
                               reviews: reviews)
        }
        let changes = ChangeSet(baseline: baselineGraph, current: graph)
        let findings = Analyzer().findings(in: graph, baseline: changes, reviews: reviews)
        // Matched as `check` without a baseline reports them: suspect links
        // exist only between two revisions, and the baseline's own reviews
        // are compared with nothing (their revisions are the past's past).
        let compared: Set<RuleID> = [.suspectLink, .changedSinceReview]
        let delta = FindingDelta(baseline: Analyzer().findings(in: baselineGraph).filter { !compared.contains($0.rule) },
                                 current: findings.filter { !compared.contains($0.rule) })
        let report = ChangeReport(ref: baseline, revision: baselineGraph.configuration.document.revision,
                                  changes: changes, findings: delta)
        return CheckResult(sources: sources, itemCount: graph.items.count, errors: [], findings: findings,
                           graph: graph, changes: report, reviews: reviews)
    }

    /// The baseline read, parsed and linked by the same stages; anything
    /// that stops it is one `baseline-unreadable` error, never the
    /// baseline's own list of errors.
    /// - Parameters:
    ///   - foldersRelativeTo: where a folder `ref` is looked for, if not the working folder.
    ///   - location: where the error points, if not at the content folder as a whole.
    func readBaseline(_ ref: String, current: (sources: ContentSources, parsed: ParsedProject),
                      foldersRelativeTo base: URL? = nil,
                      location: SourceLocation? = nil) -> Result<TraceGraph, InputError> {
        let sources: ContentSources
        do {
            sources = try Baseline.read(ref: ref, contentFolder: contentFolder, limits: limits, foldersRelativeTo: base)
        } catch {
            return .failure(.baselineUnreadable(ref: ref, reason: error.reason, at: location))
        }
        var parsed = ProjectParser(sourceDateEpoch: sourceDateEpoch).parse(sources, reusing: current)
        // Its SBOMs and threat models as they were at that revision: an
        // unchanged file raises no "new" finding.
        ListedInputs.read(into: &parsed, from: sources)
        let linked = TraceLinker(contentFiles: Set(sources.otherFiles.keys)).link(parsed)
        guard var graph = linked.graph else {
            let first = linked.errors.map(Diagnostic.init).sorted(by: Diagnostic.causeOrder).first
            let detail = first.map { "\($0.location): [\($0.code)] \($0.message)" } ?? "it has input errors"
            let count = linked.errors.count
            return .failure(.baselineUnreadable(
                ref: ref, reason: "its content has \(count) input error\(count == 1 ? "" : "s"), the first \(detail); "
                    + "compare with a revision whose content checks without errors", at: location))
        }
        // A folder baseline's own files; a git baseline's root is the
        // content folder, whose files then stand for the baseline's.
        graph.imageDefects = Self.svgDefects(in: graph, root: sources.root)
        return .success(graph)
    }
}
