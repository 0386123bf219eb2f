import DossierChange
import DossierLink
import DossierModel

/// The analyze stage: runs every rule over the graph and applies the
/// project's severity policy (`rules:` in dossier.yml). Read-only: it never
/// changes the graph, so rules can run in any order.
public struct Analyzer: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleCatalog.all) {
        self.rules = rules
    }

    /// `baseline`: what changed since the baseline, when one is given; the
    /// rules that compare revisions (`ChangeRule`) run only then.
    public func findings(in graph: TraceGraph, baseline: ChangeSet? = nil) -> [Finding] {
        let settings = graph.configuration.ruleSettings
        var findings: [Finding] = []
        for rule in rules {
            let severity: FindingSeverity
            switch settings[rule.id] {
            case .off: continue
            case .major: severity = .major
            case .minor: severity = .minor
            case nil: severity = rule.defaultSeverity
            }
            let violations: [RuleViolation]
            if let changeRule = rule as? any ChangeRule {
                guard let baseline else { continue }
                violations = changeRule.violations(in: graph, changes: baseline)
            } else {
                violations = rule.violations(in: graph)
            }
            for violation in violations {
                findings.append(Finding(rule: rule.id, severity: severity, subject: violation.subject,
                                        location: violation.location, message: violation.message,
                                        remedy: violation.remedy))
            }
        }
        // Report order (file, line, rule), the same one the check report uses.
        return findings.sorted { Diagnostic.reportOrder(Diagnostic($0), Diagnostic($1)) }
    }
}
