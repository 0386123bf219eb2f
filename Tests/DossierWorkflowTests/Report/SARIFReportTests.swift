import DossierModel
import DossierReport
import DossierTestSupport
import Foundation
import Testing

@Suite("check --format sarif")
struct SARIFReportTests {
    @Test("findings: a valid log, one result per finding, levels by severity")
    func findings() throws {
        let project = try Projects.withFindings()
        let run = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
        #expect(run.status == 1)
        #expect(SARIFValidation.problems(in: run.stdout) == [])
        let results = SARIFValidation.results(in: run.stdout)
        let json = try DossierBinary.run(["check", "--format", "json"], in: project.root)
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"]
                as? [[String: Any]])
        #expect(results.count == findings.count)
        #expect(results.map { $0["ruleId"] as? String } == findings.map { $0["rule"] as? String })
        #expect(results.map { $0["level"] as? String }
                == findings.map { $0["severity"] as? String == "minor" ? "warning" : "error" })
        let checklist = try #require(results.first { $0["ruleId"] as? String == "checklist-derived-requirement" })
        let location = try #require((checklist["locations"] as? [[String: Any]])?.first?["physicalLocation"]
                                        as? [String: Any])
        let artifact = location["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "content/security/SR-099.md")
        #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
    }

    @Test("input errors: results with level error, their codes declared")
    func inputErrors() throws {
        let project = try Projects.withErrors()
        let run = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
        #expect(run.status == 2)
        #expect(SARIFValidation.problems(in: run.stdout) == [])
        let results = SARIFValidation.results(in: run.stdout)
        // TH-098's STRIDE value; TH-099's missing title and phases.
        #expect(results.count == 3)
        #expect(results.allSatisfy { $0["level"] as? String == "error" })
        #expect(Set(results.compactMap { $0["ruleId"] as? String }) == ["invalid-value", "missing-field"])
    }

    @Test("every rule and every input error code is declared")
    func declaresEveryCode() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
        #expect(run.status == 0)
        let inputErrors = InputErrorDescription.all.map(\.code)
        let ruleIDs = RuleID.allCases.map(\.rawValue)
        #expect(SARIFValidation.ruleIDs(in: run.stdout) == ruleIDs + inputErrors)
        #expect(SARIFValidation.results(in: run.stdout).isEmpty)
    }

    @Test("the same input gives the same bytes, with no time in them")
    func deterministic() throws {
        let project = try Projects.withFindings()
        let first = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
        let second = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains("Utc"))
    }

    @Test("a content folder outside the working folder gets absolute file URIs")
    func contentElsewhere() throws {
        let project = try Projects.withFindings()
        let elsewhere = try ProjectFixture()
        let content = project.root.appendingPathComponent("content").path
        let run = try DossierBinary.run(["check", "--format", "sarif", "--content", content], in: elsewhere.root)
        #expect(SARIFValidation.problems(in: run.stdout) == [])
        let uris = SARIFValidation.results(in: run.stdout).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
                as? [String: Any])?["uri"] as? String
        }
        #expect(!uris.isEmpty)
        #expect(uris.allSatisfy { $0.hasPrefix("file:///") && $0.hasSuffix("content/security/SR-099.md") })
    }

    @Test("valid against the SARIF 2.1.0 schema subset (python jsonschema)")
    func pythonSchema() throws {
        for project in [try Projects.withFindings(), try Projects.withErrors()] {
            let run = try DossierBinary.run(["check", "--format", "sarif"], in: project.root)
            try project.writeOutside("dossier.sarif", run.stdout)
            let check = try InteropPython.run("validate_sarif.py", [project.root.appendingPathComponent("dossier.sarif").path])
            #expect(check.status == 0, "\(check.output)")
        }
    }

    @Test("paths become URIs relative to the working folder", arguments: [
        ("content", "/repo", "content/"),
        ("./docs/../content/", "/repo", "content/"),
        ("/repo", "/repo", ""),
        (".", "/repo/content", ""),
        ("/elsewhere/content", "/repo", nil),
        ("../content", "/repo/sub", nil),
    ] as [(String, String, String?)])
    func contentFolder(path: String, workingDirectory: String, relative: String?) {
        let folder = SARIFCheckReport.ContentFolder(path: path, workingDirectory: workingDirectory)
        #expect(folder.relativePath == relative)
    }

    /// Tool validation (ISO 13485 §4.1.6) asks which version produced a result.
    @Test("the driver names the tool's version")
    func driverVersion() throws {
        let log = SARIFCheckReport.render(summary: CheckSummary(items: 0, diagnostics: []), diagnostics: [],
                                          contentFolder: .init(path: "content", workingDirectory: "/repo"))
        let object = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any]
        let driver = ((object?["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "dossier")
        #expect(driver?["version"] as? String == DossierTool.version)
        #expect(DossierTool.version == "2.0.0")
    }

    @Test func percentEncoding() {
        let folder = SARIFCheckReport.ContentFolder(path: "design inputs", workingDirectory: "/repo")
        let log = SARIFCheckReport.render(
            summary: CheckSummary(items: 1, diagnostics: []),
            diagnostics: [.init(code: "unmitigated-threat", severity: .major, subject: "TH-1",
                                location: .init(file: "threats/Ü #1.md", line: 3), message: "m")],
            contentFolder: folder)
        #expect(log.contains(#""uri": "design%20inputs/threats/%C3%9C%20%231.md""#))
        #expect(SARIFValidation.problems(in: log) == [])
    }
}
