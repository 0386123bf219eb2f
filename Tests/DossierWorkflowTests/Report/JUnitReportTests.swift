import DossierModel
import DossierReport
import DossierTestSupport
import Foundation
import Testing

@Suite("check --format junit")
struct JUnitReportTests {
    @Test("findings: one failing test case each, counts that add up")
    func findings() throws {
        let project = try Projects.withFindings()
        let run = try DossierBinary.run(["check", "--format", "junit"], in: project.root)
        #expect(run.status == 1)
        let report = try JUnitDocument(run.stdout)
        let counted = try report.counted()
        #expect(try report.stated("/testsuites") == counted)
        #expect(try report.stated("/testsuites/testsuite") == counted)
        // suspect-link is skipped: it compares revisions, and no --baseline was given.
        #expect(counted == .init(tests: 10 + RuleID.allCases.count - 2 + 2, failures: 2, errors: 0, skipped: 1))
        #expect(try report.attribute("classname", of: "//testcase[failure]")
                == ["dossier.checklist-derived-requirement", "dossier.unverified-requirement"])
        #expect(try report.attribute("type", of: "//failure") == ["major", "minor"])
        #expect(try report.attribute("name", of: "/testsuites/testsuite") == ["dossier"])
    }

    @Test("input errors: error elements, rules skipped, markup escaped")
    func inputErrors() throws {
        let project = try Projects.withErrors()
        let run = try DossierBinary.run(["check", "--format", "junit"], in: project.root)
        #expect(run.status == 2)
        let report = try JUnitDocument(run.stdout)
        let counted = try report.counted()
        #expect(try report.stated("/testsuites") == counted)
        // TH-098's STRIDE value; TH-099's missing title and phases.
        #expect(counted == .init(tests: 10 - 2 + 3 + RuleID.allCases.count, failures: 0, errors: 3, skipped: RuleID.allCases.count))
        let messages = try report.attribute("message", of: "//error")
        #expect(messages.contains { $0.contains("'<b>&\"x' ]]> \u{FFFD}'") })
    }

    @Test("a rule turned off is skipped, not passed")
    func ruleTurnedOff() throws {
        let project = try ProjectFixture.starterProject()
        let configuration = try project.read("dossier.yml")
        try project.write("dossier.yml", configuration + "rules:\n  orphan-asset: off\n")
        let run = try DossierBinary.run(["check", "--format", "junit"], in: project.root)
        #expect(run.status == 0)
        let report = try JUnitDocument(run.stdout)
        #expect(try report.attribute("classname", of: "//testcase[skipped]")
                == ["dossier.orphan-asset", "dossier.suspect-link"])
        #expect(try report.stated("/testsuites") == report.counted())
    }

    @Test("two findings at one place stay two test cases")
    func uniqueNames() throws {
        let place = SourceLocation(file: "security/SR-1.md", line: 4)
        let diagnostics = ["as appropriate", "etc."].map {
            Diagnostic(code: "ambiguous-wording", severity: .minor, subject: "SR-1", location: place, message: $0)
        }
        let xml = JUnitCheckReport.render(summary: CheckSummary(items: 1, diagnostics: diagnostics),
                                          diagnostics: diagnostics)
        let report = try JUnitDocument(xml)
        let names = try report.attribute("name", of: "//testcase[failure]")
        #expect(names == ["SR-1 at security/SR-1.md:4", "SR-1 at security/SR-1.md:4 (2)"])
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let project = try Projects.withFindings()
        let first = try DossierBinary.run(["check", "--format", "junit"], in: project.root)
        let second = try DossierBinary.run(["check", "--format", "junit"], in: project.root)
        #expect(first.stdout == second.stdout)
    }
}
