import DossierTestSupport
import Foundation
import Testing

/// Text output names files from the working folder, as SARIF does, so that
/// a terminal or an editor opens them as printed; JSON keeps the paths
/// relative to the content folder, as documented.
@Suite struct PathOutputTests {
    /// A project whose content folder is `docs/di` under the fixture's root.
    private func nestedProject(_ files: [String: String]) throws -> ProjectFixture {
        let fixture = try ProjectFixture(files: files)
        let docs = fixture.root.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: fixture.url, to: docs.appendingPathComponent("di"))
        return fixture
    }

    @Test(arguments: ["docs/di", "./docs//di/"])
    func checkNamesFilesFromTheWorkingFolder(content: String) throws {
        let fixture = try nestedProject(projectWithMajorFinding)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["check", "--content", content], in: fixture.root)
        #expect(result.stderr.hasPrefix("docs/di/threats/TH-2.md:1: major: [unmitigated-threat] TH-2 "),
                "\(result.stderr)")
    }

    @Test func aContentFolderOutsideTheWorkingFolderIsNamedInFull() throws {
        let fixture = try nestedProject(projectWithMajorFinding)
        defer { fixture.remove() }
        let elsewhere = fixture.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let result = try DossierBinary.run(["check", "--content", "../docs/di"], in: elsewhere)
        let content = fixture.root.appendingPathComponent("docs/di").standardizedFileURL.path
        #expect(result.stderr.hasPrefix(content + "/threats/TH-2.md:1: major:"), "\(result.stderr)")
    }

    @Test func buildNamesTheFilesWithErrorsTheSameWay() throws {
        let fixture = try nestedProject(projectWithInputError)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["build", "--content", "docs/di", "--output", "out"], in: fixture.root)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("docs/di/threats/TH-2.md:1: error: [missing-field]"), "\(result.stderr)")
    }

    @Test func jsonKeepsPathsRelativeToTheContentFolder() throws {
        let fixture = try nestedProject(projectWithMajorFinding)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["check", "--content", "docs/di", "--format", "json"], in: fixture.root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.map { $0["file"] as? String } == ["threats/TH-2.md"])
    }
}
