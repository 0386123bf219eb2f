import DossierChange
import DossierLink
import DossierModel

/// One check of the dossier. Each rule is a small type with a stable id, the
/// clause it speaks for and its documentation; the analyzer applies the
/// project's severity policy, so a rule never decides its own severity; it
/// may only ask for more, where the standard does (`RuleViolation.escalatedSeverity`).
public protocol Rule: Sendable {
    var documentation: RuleDocumentation { get }

    func violations(in graph: TraceGraph) -> [RuleViolation]
}

extension Rule {
    public var id: RuleID { documentation.id }
    public var defaultSeverity: FindingSeverity { documentation.defaultSeverity }
    public var clause: String { documentation.clause }
}

/// A gap found by a rule, before the severity policy is applied: what is
/// missing and the clause that asks for it, then what this author can do.
public struct RuleViolation: Hashable, Sendable {
    public var subject: String
    public var location: SourceLocation
    /// The gap, naming the clause: what an auditor reads.
    public var message: String
    /// What to do about this gap, for the author.
    public var remedy: String?
    /// A severity above the rule's default for this case (a safety-relevant
    /// threat); used only when the project's `rules:` does not name the
    /// rule, since an entry there sets every case to the one severity it names.
    public var escalatedSeverity: FindingSeverity?

    public init(subject: String, location: SourceLocation, message: String, remedy: String? = nil,
                escalatedSeverity: FindingSeverity? = nil) {
        self.subject = subject
        self.location = location
        self.message = message
        self.remedy = remedy
        self.escalatedSeverity = escalatedSeverity
    }
}

extension Array where Element == Int {
    /// "SR-031, SR-032" for messages.
    func ids(in graph: TraceGraph) -> String { map { graph[$0].id }.joined(separator: ", ") }
}

/// A rule that compares the dossier with its baseline (`--baseline`): the
/// analyzer runs it only when there is one.
public protocol ChangeRule: Rule {
    func violations(in graph: TraceGraph, changes: ChangeSet) -> [RuleViolation]
}

extension ChangeRule {
    /// Without a baseline there is nothing to compare.
    public func violations(in graph: TraceGraph) -> [RuleViolation] { [] }
}

/// A rule that compares the content with the revisions its reviews saw:
/// the analyzer hands it the comparisons the pipeline made.
public protocol ReviewRule: Rule {
    func violations(in graph: TraceGraph, reviews: [ReviewComparison]) -> [RuleViolation]
}

extension ReviewRule {
    /// Without a review that names a revision there is nothing to compare.
    public func violations(in graph: TraceGraph) -> [RuleViolation] { violations(in: graph, reviews: []) }
}

extension Optional where Wrapped == String {
    /// A text a rule asks for counts as missing when it is empty or only white space.
    var isMissingText: Bool { self?.allSatisfy(\.isWhitespace) ?? true }
}
