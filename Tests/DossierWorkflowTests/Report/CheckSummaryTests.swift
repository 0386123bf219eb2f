import DossierModel
import DossierReport
import Testing

/// The summary line counts agree with their nouns.
@Suite("check summary")
struct CheckSummaryTests {
    private func diagnostics(_ severities: [Diagnostic.Severity]) -> [Diagnostic] {
        severities.enumerated().map { index, severity in
            Diagnostic(code: "x", severity: severity, subject: nil,
                       location: SourceLocation(file: "a.md", line: index + 1), message: "m")
        }
    }

    @Test("singular for one, plural for any other count")
    func summary() {
        #expect(CheckSummary(items: 1, diagnostics: diagnostics([.error, .major, .minor, .minor])).sentence
                == "1 item: 1 error, 1 major finding, 2 minor findings")
        #expect(CheckSummary(items: 0, diagnostics: []).sentence == "0 items: 0 errors, 0 major findings, 0 minor findings")
        #expect(CheckSummary(items: 2, diagnostics: diagnostics([.error, .error, .major, .major, .minor])).sentence
                == "2 items: 2 errors, 2 major findings, 1 minor finding")
    }
}
