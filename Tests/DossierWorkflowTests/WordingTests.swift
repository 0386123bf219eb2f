import DossierModel
import DossierReport
import DossierTestSupport
import Foundation
import Testing

/// Counts agree with their nouns, and "a"/"an" with the word after it.
@Suite("wording")
struct WordingTests {
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

    @Test("a link to the wrong type names it with the right article")
    func article() throws {
        let project = try ProjectFixture.starterProject()
        try project.write("threats/TH-099.md", """
            ---
            id: TH-099
            type: threat
            title: Wrong links
            phases: [operation]
            assets: [HZ-001]
            hazards: [AS-001]
            risk: medium
            residual_risk: low
            ---
            """)
        let run = try DossierBinary.run(["check"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("but AS-001 is an asset;"), "\(run.stderr)")
        #expect(run.stderr.contains("but HZ-001 is a hazard;"), "\(run.stderr)")
    }
}
