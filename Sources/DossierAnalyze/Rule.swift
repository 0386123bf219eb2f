import DossierLink
import DossierModel

/// One check of SPEC §3. Each rule is a small type with a stable id, the
/// clause it speaks for, and what it finds; the analyzer applies the
/// project's severity policy, so a rule never decides its own severity.
public protocol Rule: Sendable {
    var id: RuleID { get }
    var defaultSeverity: FindingSeverity { get }
    /// The clause the rule enforces, as cited in messages and reports.
    var clause: String { get }
    /// One sentence: what the rule finds.
    var summary: String { get }
    /// What to do about a finding, for SARIF help and the findings page.
    var remedy: String { get }

    func violations(in graph: TraceGraph) -> [RuleViolation]
}

/// A gap found by a rule, before the severity policy is applied.
public struct RuleViolation: Hashable, Sendable {
    public var subject: String
    public var location: SourceLocation
    public var message: String

    public init(subject: String, location: SourceLocation, message: String) {
        self.subject = subject
        self.location = location
        self.message = message
    }
}

extension Array where Element == Int {
    /// "SR-031, SR-032" for messages.
    func ids(in graph: TraceGraph) -> String { map { graph[$0].id }.joined(separator: ", ") }
}
