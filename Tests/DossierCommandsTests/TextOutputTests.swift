import DossierTestSupport
import Foundation
import Testing

/// docs/format.md, "What check prints": `path:line: error|major|minor: [rule] message` on standard error.
@Suite struct TextOutputTests {
    @Test func findingsArePrintedOnStandardErrorAsCompilersDo() throws {
        let result = try check(projectWithMajorFinding.merging(projectWithMinorFinding) { old, _ in old })
        #expect(result.stdout == "")
        let lines = result.stderr.lines
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("content/requirements/REQ-2.md:1: minor: [unverified-requirement] REQ-2 "))
        #expect(lines[1].hasPrefix("content/threats/TH-2.md:1: major: [unmitigated-threat] TH-2 "))
        #expect(lines[2] == "19 items: 0 errors, 1 major finding, 1 minor finding")
    }

    @Test func everyLineButTheSummaryHasTheDiagnosticShape() throws {
        let result = try check(projectWithMajorFinding.merging(projectWithMinorFinding) { old, _ in old })
        let shape = try Regex(#"^[^\s:][^:]*:[0-9]+: (error|major|minor): \[[a-z-]+\] \S.*$"#)
        for line in result.stderr.lines.dropLast(2) {
            #expect(line.wholeMatch(of: shape) != nil, "\(line)")
        }
    }

    @Test func inputErrorsArePrintedWithSeverityError() throws {
        let result = try check(projectWithInputError)
        #expect(result.stderr.lines == [
            "content/threats/TH-2.md:1: error: [missing-field] threat TH-2 has no `phases`, which is required",
            "17 items: 1 error, 0 major findings, 0 minor findings",  // TH-2 counts, error and all
        ])
    }

    @Test func singleFindingIsCountedInTheSingular() throws {
        let result = try check(projectWithMinorFinding)
        #expect(result.stderr.lines.dropLast().last == "17 items: 0 errors, 0 major findings, 1 minor finding")
    }

    @Test func quietPrintsOnlyTheSummary() throws {
        let result = try check(projectWithMajorFinding, ["--quiet"])
        #expect(result.stderr == "18 items: 0 errors, 1 major finding, 0 minor findings\n")
        #expect(result.status == 1)
    }

    private static let explainHint = "Run `dossier explain RULE` for what a rule asks and how to fix a finding."

    @Test func findingsEndWithOnePointerToExplain() throws {
        let result = try check(projectWithMajorFinding.merging(projectWithMinorFinding) { old, _ in old })
        #expect(result.stderr.lines.last == Self.explainHint)
        #expect(result.stderr.components(separatedBy: "dossier explain").count == 2)
    }

    @Test func noPointerToExplainWithoutFindings() throws {
        for files in [CleanProject.files, projectWithInputError] {
            #expect(!(try check(files).stderr.contains("dossier explain")))
        }
    }

    /// SARIF names `dossier explain` in each rule's help; the pointer is for people reading text.
    @Test func noPointerToExplainInMachineFormats() throws {
        for format in ["json", "sarif", "junit"] {
            let result = try check(projectWithMajorFinding, ["--format", format])
            #expect(!result.stdout.contains(Self.explainHint), "\(format)")
            #expect(!result.stderr.contains(Self.explainHint), "\(format)")
        }
    }

    @Test func jsonFormatStillPrintsTheFindingsOnStandardError() throws {
        let result = try check(projectWithMajorFinding, ["--format", "json"])
        #expect(result.stderr.lines.count == 2)
        #expect(result.stderr.hasPrefix("content/threats/TH-2.md:1: major: [unmitigated-threat]"))
    }
}
