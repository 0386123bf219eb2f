import DossierTestSupport
import Foundation
import Testing

/// docs/format.md, "What check prints": `check --format json` prints one object on standard output.
@Suite struct JSONOutputTests {
    static func report(_ stdout: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any])
    }

    static func findings(_ report: [String: Any]) throws -> [[String: Any]] {
        try #require(report["findings"] as? [[String: Any]])
    }

    @Test func reportHasExactlyTheShapeOfTheSpecification() throws {
        let result = try check(projectWithMajorFinding.merging(projectWithMinorFinding) { old, _ in old },
                               ["--format", "json"])
        let report = try Self.report(result.stdout)
        #expect(Set(report.keys) == ["summary", "findings"])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["items": 19, "errors": 0, "major": 1, "minor": 1, "dispositioned": 0])
        let findings = try Self.findings(report)
        #expect(findings.count == 2)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "item", "file", "line", "message"])
            #expect(finding["line"] is Int)
            #expect((finding["message"] as? String)?.isEmpty == false)
        }
        #expect(findings.first?["rule"] as? String == "unverified-requirement")
        #expect(findings.first?["severity"] as? String == "minor")
        #expect(findings.first?["item"] as? String == "REQ-2")
        #expect(findings.first?["file"] as? String == "requirements/REQ-2.md")
        #expect(findings.first?["line"] as? Int == 1)
        #expect(result.status == 1)
    }

    @Test func findingsAreOrderedByFileLineAndRule() throws {
        let result = try check(CleanProject.with("""
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [operation]
            risk: medium
            residual_risk: low
            ---
            -- assets/AS-2.md --
            ---
            id: AS-2
            type: asset
            title: Clinician portal sessions
            ---
            -- requirements/REQ-2.md --
            ---
            id: REQ-2
            type: requirement
            title: The app is user-friendly
            ---
            """), ["--format", "json"])
        let findings = try Self.findings(Self.report(result.stdout))
        let order = findings.map { "\($0["file"] as? String ?? "?"):\($0["line"] as? Int ?? 0): \($0["rule"] as? String ?? "?")" }
        #expect(order == [
            "assets/AS-2.md:1: orphan-asset",
            "requirements/REQ-2.md:1: unverified-requirement",
            "requirements/REQ-2.md:4: ambiguous-wording",
            "threats/TH-2.md:1: mitigation-not-adversarially-tested",
            "threats/TH-2.md:1: threat-without-asset",
            "threats/TH-2.md:1: unmitigated-threat",
        ])
    }

    @Test func cleanProjectHasAnEmptyFindingsList() throws {
        let result = try check(CleanProject.files, ["--format", "json"])
        #expect(result.stdout == """
            {
              "summary": {
                "items": 16,
                "errors": 0,
                "major": 0,
                "minor": 0,
                "dispositioned": 0
              },
              "findings": []
            }

            """)
    }

    @Test func inputErrorsAreListedWithSeverityErrorAndExitTwo() throws {
        let result = try check(projectWithInputError.merging(["assets/AS-9.md": "no front matter\n"]) { _, new in new },
                               ["--format", "json"])
        #expect(result.status == 2)
        let report = try Self.report(result.stdout)
        #expect(report["summary"] as? [String: Int] == ["items": 18, "errors": 2, "major": 0, "minor": 0, "dispositioned": 0])
        let findings = try Self.findings(report)
        #expect(findings.map { $0["severity"] as? String } == ["error", "error"])
        #expect(findings.map { $0["rule"] as? String } == ["front-matter-invalid", "missing-field"])
        #expect(findings.map { $0["file"] as? String } == ["assets/AS-9.md", "threats/TH-2.md"])
        #expect(findings.map { $0["line"] as? Int } == [1, 1])
        // The threat's own id names it; the file without front matter is
        // known by its name, as links to it are.
        #expect(findings.map { $0["item"] as? String } == ["AS-9", "TH-2"])
    }

    /// A misspelt value in an item whose id could not be read whole still
    /// names the item, from the id salvaged out of the file.
    @Test func anErrorInAnItemFileNamesTheItem() throws {
        let result = try check(CleanProject.with("""
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            \tphases: [operation]
            ---
            """), ["--format", "json"])
        let findings = try Self.findings(Self.report(result.stdout))
        #expect(findings.map { $0["rule"] as? String } == ["front-matter-invalid"])
        #expect(findings.map { $0["item"] as? String } == ["TH-2"])
    }

    @Test func errorWithoutAnItemHasANullItem() throws {
        let result = try check(CleanProject.with("-- assets/pump-notes.md --\nno front matter"), ["--format", "json"])
        let findings = try Self.findings(Self.report(result.stdout))
        #expect(findings.count == 1)
        #expect(findings.first?["item"] is NSNull)
    }
}
