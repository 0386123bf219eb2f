/// How serious a finding is: `major` gaps are what a Notified Body raises as
/// major non-conformities.
public enum FindingSeverity: String, Hashable, Sendable, Codable, Comparable {
    case major, minor

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .minor && rhs == .major }
}

/// A gap in a valid dossier (docs/rules.md).
public struct Finding: Hashable, Sendable {
    public var rule: RuleID
    /// The clauses the rule speaks for, as its documentation cites them: the
    /// outputs show them beside the finding without asking the rule catalog.
    public var clause: String
    public var severity: FindingSeverity
    /// The item id, or the phase or category name for set-level findings.
    public var subject: String
    public var location: SourceLocation
    /// The gap and the clause that asks for what is missing.
    public var message: String
    /// What the author can do about it; the dossier itself shows only the
    /// gap, the check shows both.
    public var remedy: String?
    /// The decision recorded about this finding, if any: it is then listed
    /// but does not count toward `--fail-on`.
    public var disposition: Disposition?

    public init(rule: RuleID, clause: String = "", severity: FindingSeverity, subject: String,
                location: SourceLocation, message: String, remedy: String? = nil) {
        self.rule = rule
        self.clause = clause
        self.severity = severity
        self.subject = subject
        self.location = location
        self.message = message
        self.remedy = remedy
    }

    /// The gap, then what to do: how `check` states a finding.
    public var fullMessage: String { remedy.map { "\(message); \($0)" } ?? message }
}

extension Finding {
    /// The check report's order (`Diagnostic.reportOrder`: file, line, rule,
    /// subject, then the full message), compared on the finding itself: a
    /// sort of thousands of findings then builds no message per comparison.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        return lhs.fullMessage < rhs.fullMessage
    }
}
