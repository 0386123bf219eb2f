import DossierModel

/// Everything a reader needs to know about one rule, written once beside its
/// code: `dossier explain`, the SARIF rule descriptors, the findings pages
/// and the rule reference (docs/rules.md) all read it.
public struct RuleDocumentation: Sendable {
    public var id: RuleID
    public var defaultSeverity: FindingSeverity
    /// The clauses the rule speaks for, as cited in messages.
    public var clause: String
    /// One sentence: what the rule finds.
    public var summary: String
    /// Why an auditor or Notified Body cares.
    public var rationale: String
    /// How to fix a finding.
    public var remedy: String
    /// A small example that raises the finding, and the same made right.
    public var failingExample: String
    public var passingExample: String

    public init(_ id: RuleID, _ defaultSeverity: FindingSeverity, clause: String, summary: String,
                rationale: String, remedy: String, failing: String, passing: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.clause = clause
        self.summary = summary
        self.rationale = rationale
        self.remedy = remedy
        self.failingExample = failing
        self.passingExample = passing
    }
}
