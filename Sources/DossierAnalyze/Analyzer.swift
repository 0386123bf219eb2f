import DossierChange
import DossierLink
import DossierModel

/// The analyze stage: runs every rule over the graph and applies the
/// project's severity policy (`rules:` in dossier.yml). Read-only: it never
/// changes the graph, so rules can run in any order.
public struct Analyzer: Sendable {
    public var rules: [any Rule]
    /// The preview's memory of item rules' violations; nil: none kept.
    public var memo: ItemRuleMemo?

    public init(rules: [any Rule] = RuleCatalog.all, memo: ItemRuleMemo? = nil) {
        self.rules = rules
        self.memo = memo
    }

    /// `baseline`: what changed since the baseline, when one is given; the
    /// rules that compare revisions (`ChangeRule`) run only then.
    /// `reviews`: what changed since the revisions the reviews saw.
    public func findings(in graph: TraceGraph, baseline: ChangeSet? = nil,
                         reviews: [ReviewComparison] = []) -> [Finding] {
        // Rules only read the graph: they run side by side.
        var findings = rules.parallelMap { rule -> [Finding] in
            let setting = graph.configuration.ruleSettings[rule.id]
            if setting == .off { return [] }
            let violations: [RuleViolation]
            if let changeRule = rule as? any ChangeRule {
                guard let baseline else { return [] }
                violations = changeRule.violations(in: graph, changes: baseline)
            } else if let reviewRule = rule as? any ReviewRule {
                violations = reviewRule.violations(in: graph, reviews: reviews)
            } else if let memo, let itemRule = rule as? any ItemRule {
                violations = memo.violations(of: itemRule, in: graph)
            } else {
                violations = rule.violations(in: graph)
            }
            return violations.map { Self.finding($0, rule: rule, severity: Self.severity($0, of: rule, setting: setting)) }
        }.flatMap { $0 }
        findings += applyDispositions(graph.configuration.dispositions, to: &findings, in: graph)
        // Report order (file, line, rule), the same one the check report
        // uses. The positions are sorted, not the findings: an SBOM can bring
        // thousands, and a finding is large to move.
        let order = findings.indices.sorted { Finding.reportOrder(findings[$0], findings[$1]) }
        return order.map { findings[$0] }
    }

    /// The project's `rules:` entry decides, for every case of the rule;
    /// without one, a violation's escalation, else the rule's default.
    private static func severity(_ violation: RuleViolation, of rule: any Rule,
                                 setting: RuleSetting?) -> FindingSeverity {
        switch setting {
        case .major: .major
        case .minor: .minor
        case .off, nil: violation.escalatedSeverity ?? rule.defaultSeverity
        }
    }

    private static func finding(_ violation: RuleViolation, rule: any Rule, severity: FindingSeverity) -> Finding {
        Finding(rule: rule.id, clause: rule.clause, severity: severity, subject: violation.subject, location: violation.location,
                message: violation.message, remedy: violation.remedy)
    }

    /// Marks each finding that a disposition matches by rule and item, and
    /// returns the `stale-disposition` findings for those that match none.
    private func applyDispositions(_ dispositions: [Disposition], to findings: inout [Finding],
                                   in graph: TraceGraph) -> [Finding] {
        guard !dispositions.isEmpty else { return [] }
        var byKey: [String: Int] = [:]
        for (offset, disposition) in dispositions.enumerated() where byKey[disposition.rule.rawValue + " " + disposition.item] == nil {
            byKey[disposition.rule.rawValue + " " + disposition.item] = offset
        }
        var matched: Set<Int> = []
        for position in findings.indices {
            guard let offset = byKey[findings[position].rule.rawValue + " " + findings[position].subject] else { continue }
            findings[position].disposition = dispositions[offset]
            matched.insert(offset)
        }
        let setting = graph.configuration.ruleSettings[.staleDisposition]
        guard let rule = rules.first(where: { $0 is StaleDispositionRule }) as? StaleDispositionRule,
              setting != .off else { return [] }
        return rule.violations(for: dispositions, matched: matched).map {
            Self.finding($0, rule: rule, severity: Self.severity($0, of: rule, setting: setting))
        }
    }
}
