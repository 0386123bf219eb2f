/// A decision recorded in dossier.yml about one finding that is not fixed
/// before a release (docs/format.md, "Dispositions"): the finding is still
/// listed everywhere, with the decision, and no longer counts toward
/// `--fail-on`.
public struct Disposition: Hashable, Sendable {
    public var rule: RuleID
    public var item: String
    public var rationale: String
    public var approvedBy: String
    /// As written, `YYYY-MM-DD`.
    public var date: String?
    /// The line of the entry in dossier.yml.
    public var line: Int

    public init(rule: RuleID, item: String, rationale: String, approvedBy: String, date: String?, line: Int) {
        self.rule = rule
        self.item = item
        self.rationale = rationale
        self.approvedBy = approvedBy
        self.date = date
        self.line = line
    }

    /// "Verified by TP-88 (approved by J. Lindqvist, 2026-11-20)": one line for text and tables.
    public var summary: String {
        "\(rationale) (approved by \(approvedBy)\(date.map { ", \($0)" } ?? ""))"
    }
}

/// One revision of the document (`document.history`), oldest first.
public struct RevisionEntry: Hashable, Sendable {
    public var revision: String
    public var date: String
    public var summary: String?

    public init(revision: String, date: String, summary: String?) {
        self.revision = revision
        self.date = date
        self.summary = summary
    }
}
