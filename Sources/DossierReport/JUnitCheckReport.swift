import DossierAnalyze
import DossierModel

/// `check --format junit`: JUnit XML, as GitLab merge requests and Jenkins
/// show test reports.
///
/// Every check is a test, so the report has the same shape on every run:
/// each input error code and each rule appears. A check that found nothing
/// is one passing test case; a check that found something is one test case
/// per finding (a `<failure>`) or per input error (an `<error>`), because
/// GitLab and Jenkins show one message per test case. A rule turned `off` in
/// dossier.yml, and every rule while input errors stop the analysis, is
/// `<skipped>`: reporting it as passed would claim a check that did not run.
public enum JUnitCheckReport {
    public static func render(summary: CheckSummary, diagnostics: [Diagnostic],
                              disabledRules: Set<RuleID> = [], comparedWithBaseline: Bool = false) -> String {
        let cases = testCases(diagnostics: diagnostics, analysed: summary.errors == 0, disabledRules: disabledRules,
                              comparedWithBaseline: comparedWithBaseline)
        let counts = Counts(cases)
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += "<testsuites name=\"dossier\"\(counts.attributes)>\n"
        xml += "  <testsuite name=\"dossier\"\(counts.attributes)>\n"
        xml += "    <properties>\n"
        xml += "      <property name=\"items\" value=\"\(summary.items)\"/>\n"
        xml += "    </properties>\n"
        for testCase in cases { xml += testCase.xml }
        xml += "  </testsuite>\n"
        xml += "</testsuites>\n"
        return xml
    }

    static func testCases(diagnostics: [Diagnostic], analysed: Bool, disabledRules: Set<RuleID>,
                          comparedWithBaseline: Bool = false) -> [TestCase] {
        let byCode = Dictionary(grouping: diagnostics, by: \.code)
        var cases: [TestCase] = []
        for error in InputErrorDescription.all {
            cases += testCases(code: error.code, found: byCode[error.code] ?? [], details: error.remedy)
        }
        for rule in RuleCatalog.all {
            let code = rule.id.rawValue
            if !analysed {
                cases.append(TestCase(code: code, name: code,
                                      outcome: .skipped("not checked: input errors stop the analysis")))
            } else if rule is any ChangeRule, !comparedWithBaseline {
                cases.append(TestCase(code: code, name: code,
                                      outcome: .skipped("not checked: compares revisions, and no --baseline was given")))
            } else if disabledRules.contains(rule.id) {
                cases.append(TestCase(code: code, name: code, outcome: .skipped("turned off under `rules:` in dossier.yml")))
            } else {
                cases += testCases(code: code, found: byCode[code] ?? [],
                                   details: "Clause: \(rule.clause)\nRemedy: \(rule.documentation.remedy)")
            }
        }
        // Codes no table knows still show, so the counts match the findings.
        let known = Set(InputErrorDescription.all.map(\.code) + RuleCatalog.all.map(\.id.rawValue))
        for code in byCode.keys.filter({ !known.contains($0) }).sorted() {
            cases += testCases(code: code, found: byCode[code] ?? [], details: "")
        }
        return cases
    }

    private static func testCases(code: String, found: [Diagnostic], details: String) -> [TestCase] {
        guard !found.isEmpty else { return [TestCase(code: code, name: code, outcome: .passed)] }
        var seen: [String: Int] = [:]
        return found.sorted(by: Diagnostic.reportOrder).map { diagnostic in
            var name = diagnostic.subject.map { "\($0) at " } ?? ""
            name += "\(diagnostic.location.file):\(diagnostic.location.line)"
            // GitLab keys test cases by class and name: two findings must not merge into one.
            seen[name, default: 0] += 1
            if let count = seen[name], count > 1 { name += " (\(count))" }
            let text = details.isEmpty ? diagnostic.line : diagnostic.line + "\n" + details
            let outcome: TestCase.Outcome
            if let disposition = diagnostic.disposition {
                // A decided finding is not a failure, and not a pass either.
                outcome = .skipped("dispositioned: \(disposition.summary)")
            } else if diagnostic.severity == .error {
                outcome = .error(message: diagnostic.line, text: text)
            } else {
                outcome = .failed(message: diagnostic.line, type: diagnostic.severity.rawValue, text: text)
            }
            return TestCase(code: code, name: name, outcome: outcome)
        }
    }
}
