import DossierChange
import DossierLink
import DossierLoad
import DossierModel

/// The result of reading, linking and analysing a project: what `check`
/// prints and what `build` renders.
public struct CheckResult: Sendable {
    public var sources: ContentSources
    /// Items read, even when errors stop the graph from being built.
    public var itemCount: Int
    public var errors: [InputError]
    public var findings: [Finding]
    /// Nil when there are errors.
    public var graph: TraceGraph?
    /// What changed since the baseline, when `--baseline` named one and both read.
    public var changes: ChangeReport?
    /// What changed since the revisions the latest approving reviews saw.
    public var reviews: [ReviewComparison] = []
    /// The id each file with an error defines, where it could be read.
    public var errorSubjects: [String: String] = [:]

    /// Errors and findings in report order (docs/format.md, "What check prints"). While there are errors
    /// the graph is incomplete, so findings would mislead and are left out.
    public var diagnostics: [Diagnostic] {
        guard !errors.isEmpty else { return findings.map(Diagnostic.init).sorted(by: Diagnostic.reportOrder) }
        return errors.map { Diagnostic($0, subjectIn: errorSubjects) }.sorted(by: Diagnostic.causeOrder)
    }
}
