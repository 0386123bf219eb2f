import DossierChange
import DossierLink
import DossierLoad
import DossierModel
import DossierParse
import Foundation

extension Pipeline {
    /// For each latest approving review that names a `revision`, that
    /// revision read as `--baseline` reads one (a folder relative to the
    /// content folder, else a git revision) and compared with the content as
    /// `dossier diff` compares (docs/format.md, "Reviews"). A revision that
    /// cannot be read is `baseline-unreadable` at the review's `revision`.
    func reviewComparisons(_ graph: TraceGraph, current: (sources: ContentSources, parsed: ParsedProject),
                           progress: ProgressReporter) -> Result<[ReviewComparison], InputError> {
        var comparisons: [ReviewComparison] = []
        // Two reviews that saw one revision read it once.
        var read: [String: TraceGraph] = [:]
        for (position, types) in graph.reviewBaselines() {
            let item = graph[position]
            guard let revision = item.review?.revision?.trimmingCharacters(in: .whitespaces) else { continue }
            if read[revision] == nil {
                progress.stage("Reading \(revision), the revision \(item.id) saw")
                switch readBaseline(revision, current: current, foldersRelativeTo: contentFolder,
                                    location: item.location(of: "revision")) {
                case .success(let baseline): read[revision] = baseline
                case .failure(let error): return .failure(error)
                }
            }
            comparisons.append(ReviewComparison(review: item.id, revision: revision, types: types,
                                                changes: ChangeSet(baseline: read[revision]!, current: graph)))
        }
        return .success(comparisons)
    }
}
