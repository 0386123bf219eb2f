import DossierLink
import DossierModel

/// One check of the dossier. Each rule is a small type with a stable id, the
/// clause it speaks for and its documentation; the analyzer applies the
/// project's severity policy, so a rule never decides its own severity.
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

    public init(subject: String, location: SourceLocation, message: String, remedy: String? = nil) {
        self.subject = subject
        self.location = location
        self.message = message
        self.remedy = remedy
    }
}

extension Array where Element == Int {
    /// "SR-031, SR-032" for messages.
    func ids(in graph: TraceGraph) -> String { map { graph[$0].id }.joined(separator: ", ") }
}

extension Optional where Wrapped == String {
    /// A text a rule asks for counts as missing when it is empty or only white space.
    var isMissingText: Bool { self?.allSatisfy(\.isWhitespace) ?? true }
}
