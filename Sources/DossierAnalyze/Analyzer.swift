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

    public func findings(in graph: TraceGraph) -> [Finding] {
        let settings = graph.configuration.ruleSettings
        var findings: [Finding] = []
        for rule in rules {
            let setting: FindingSeverity?
            switch settings[rule.id] {
            case .off: continue
            case .major: setting = .major
            case .minor: setting = .minor
            case nil: setting = nil
            }
            for violation in rule.violations(in: graph) {
                let severity = setting ?? violation.escalatedSeverity ?? rule.defaultSeverity
                findings.append(Finding(rule: rule.id, severity: severity, subject: violation.subject,
                                        location: violation.location, message: violation.message,
                                        remedy: violation.remedy))
            }
        }
        // Report order (file, line, rule), the same one the check report uses.
        return findings.sorted { Diagnostic.reportOrder(Diagnostic($0), Diagnostic($1)) }
    }
}
