import DossierModel

/// A finding named by rule and item, as `diff` matches findings across revisions.
public struct FindingKey: Hashable, Sendable, Comparable {
    public var rule: String
    public var item: String
    public var severity: FindingSeverity

    public init(rule: String, item: String, severity: FindingSeverity) {
        self.rule = rule
        self.item = item
        self.severity = severity
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return NaturalOrder.precedes(lhs.item, rhs.item)
    }
}

/// The findings new and resolved since the baseline, matched by rule and
/// item: a finding whose message changed is the same finding.
public struct FindingDelta: Hashable, Sendable {
    public var new: [FindingKey]
    public var resolved: [FindingKey]

    public init(new: [FindingKey] = [], resolved: [FindingKey] = []) {
        self.new = new
        self.resolved = resolved
    }

    public init(baseline: [Finding], current: [Finding]) {
        let before = Self.keys(baseline)
        let after = Self.keys(current)
        self.init(new: after.filter { before[$0.key] == nil }.map(\.value).sorted(),
                  resolved: before.filter { after[$0.key] == nil }.map(\.value).sorted())
    }

    private struct Match: Hashable {
        var rule: String
        var item: String
    }

    private static func keys(_ findings: [Finding]) -> [Match: FindingKey] {
        var keys: [Match: FindingKey] = [:]
        for finding in findings {
            let match = Match(rule: finding.rule.rawValue, item: finding.subject)
            let key = FindingKey(rule: match.rule, item: match.item, severity: finding.severity)
            // The most severe of a rule's findings on one item stands for them all.
            if let known = keys[match], known.severity >= key.severity { continue }
            keys[match] = key
        }
        return keys
    }
}

/// Everything `diff` reports, and what `build --baseline` shows: the
/// baseline named, the changes, the findings new and resolved.
public struct ChangeReport: Hashable, Sendable {
    /// As given to --baseline.
    public var ref: String
    /// The baseline's `document.revision`, if it has one.
    public var revision: String?
    public var changes: ChangeSet
    public var findings: FindingDelta

    public init(ref: String, revision: String?, changes: ChangeSet, findings: FindingDelta) {
        self.ref = ref
        self.revision = revision
        self.changes = changes
        self.findings = findings
    }

    /// "1 added, 0 removed, 2 changed; 1 link added, 0 removed; 3 findings
    /// new, 1 resolved": the counts first, as `diff` and the changes chapter state them.
    public var countsSentence: String {
        "\(changes.added.count) added, \(changes.removed.count) removed, \(changes.changed.count) changed; "
            + "\(CountText.phrase(changes.linksAdded.count, "link")) added, \(changes.linksRemoved.count) removed; "
            + "\(CountText.phrase(findings.new.count, "finding")) new, \(findings.resolved.count) resolved"
    }
}
