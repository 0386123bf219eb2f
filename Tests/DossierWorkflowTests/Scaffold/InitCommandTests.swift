import DossierModel
import DossierScaffold
import DossierTestSupport
import Foundation
import Testing

@Suite("dossier init")
struct InitCommandTests {
    @Test("the starter project checks clean: no error, no finding at all")
    func checksClean() throws {
        let project = try ProjectFixture()
        let created = try DossierBinary.run(["init"], in: project.root)
        #expect(created.status == 0)
        #expect(created.stdout.contains("content/dossier.yml"))
        let check = try DossierBinary.run(["check", "--fail-on", "minor", "--format", "json"], in: project.root)
        #expect(check.status == 0, "\(check.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["errors"] == 0 && summary["major"] == 0 && summary["minor"] == 0)
        #expect(summary["items"] == StarterProject.files.filter { $0.path.hasSuffix(".md") }.count - 1)
        #expect((report["findings"] as? [Any])?.isEmpty == true)
    }

    @Test("--empty writes dossier.yml and .gitignore only, and the project reads")
    func empty() throws {
        let project = try ProjectFixture()
        let run = try DossierBinary.run(["init", "--empty"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: project.root.path).sorted()
        #expect(written == [".gitignore", "content", "content/dossier.yml"])
        let check = try DossierBinary.run(["check", "--fail-on", "never"], in: project.root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("0 items: 0 errors"), "\(check.stderr)")
        #expect(run.stdout.hasSuffix("\nNext: dossier new threat \"First threat\"\n"), "\(run.stdout)")
    }

    @Test("every item type is in the starter, and the guide is outside content/")
    func everyType() throws {
        let project = try ProjectFixture.starterProject()
        let texts = try StarterProject.files.filter { $0.path.hasPrefix("content/") && $0.path.hasSuffix(".md") }
            .map { try project.readOutside($0.path) }
        // Every type the tool knows, so a new type cannot be left out of the starter.
        for type in ItemType.allCases {
            #expect(texts.contains { $0.contains("\ntype: \(type.rawValue)\n") }, "no \(type.rawValue)")
        }
        #expect(project.existsOutside("README-dossier.md"))
    }

    @Test("the starter project builds")
    func builds() throws {
        let project = try ProjectFixture.starterProject()
        let build = try DossierBinary.run(["build"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(project.existsOutside("output/site/index.html"))
    }

    @Test("the next step is given from inside the project, so build output lands in it")
    func nextStepRunsInsideTheProject() throws {
        let parent = try ProjectFixture()
        let run = try DossierBinary.run(["init", "my device"], in: parent.root)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("\nNext: cd 'my device' && dossier check\n"), "\(run.stdout)")
        #expect(try DossierBinary.run(["init", "pump"], in: parent.root).stdout.hasSuffix("\nNext: cd pump && dossier check\n"))
    }

    @Test("DIR is created when missing")
    func createsFolder() throws {
        let parent = try ProjectFixture()
        let run = try DossierBinary.run(["init", "--quiet", "new/device"], in: parent.root)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(parent.existsOutside("new/device/content/dossier.yml"))
        let check = try DossierBinary.run(["check", "--content", "new/device/content"], in: parent.root)
        #expect(check.status == 0)
    }

    @Test("refuses to touch a project that has any of its files, and writes nothing")
    func refusesToOverwrite() throws {
        let project = try ProjectFixture()
        try project.write("threats/TH-001.md", "my own threat\n")
        let run = try DossierBinary.run(["init"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/threats/TH-001.md"))
        #expect(try project.read("threats/TH-001.md") == "my own threat\n")
        #expect(!project.exists("dossier.yml"))
        #expect(!project.existsOutside("README-dossier.md"))
    }

    @Test("refuses a content folder that already holds items")
    func refusesNonEmptyContent() throws {
        let project = try ProjectFixture()
        try project.write("notes/X-1.md", "---\nid: X-1\n---\n")
        let run = try DossierBinary.run(["init"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/ (not empty)"))
        #expect(!project.exists("dossier.yml"))
    }

    @Test("DIR that is a file: nothing written, exit 2")
    func folderIsAFile() throws {
        let parent = try ProjectFixture()
        try parent.writeOutside("device", "not a folder\n")
        let run = try DossierBinary.run(["init", "device"], in: parent.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a file"))
    }

    @Test("a content folder with only hidden files is fine")
    func acceptsHiddenFiles() throws {
        let project = try ProjectFixture()
        try project.write(".gitkeep", "")
        #expect(try DossierBinary.run(["init", "--quiet"], in: project.root).status == 0)
    }

    @Test("writes a .gitignore that keeps build output out of git")
    func writesGitIgnore() throws {
        let project = try ProjectFixture()
        let run = try DossierBinary.run(["init"], in: project.root)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  .gitignore\n"))
        let ignore = try project.readOutside(".gitignore")
        #expect(ignore.contains("\n/output/\n"))
        #expect(ignore.contains("\n/.output.*\n"))
        #expect(!run.stderr.contains("note:"))
    }

    @Test("leaves an existing .gitignore alone and says what to add")
    func keepsGitIgnore() throws {
        let project = try ProjectFixture()
        try project.writeOutside(".gitignore", "*.o\n")
        let run = try DossierBinary.run(["init"], in: project.root)
        #expect(run.status == 0)
        #expect(try project.readOutside(".gitignore") == "*.o\n")
        #expect(!run.stdout.contains(".gitignore"))
        #expect(run.stderr.contains("note: .gitignore was already there"), "\(run.stderr)")
        #expect(run.stderr.contains("add `output/`"))
        #expect(project.exists("dossier.yml"))
    }
}
