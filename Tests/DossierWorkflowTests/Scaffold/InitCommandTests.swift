import DossierScaffold
import DossierTestSupport
import Foundation
import Testing

@Suite("dossier init")
struct InitCommandTests {
    @Test("the starter project checks clean: no error, no finding at all")
    func checksClean() throws {
        let project = try TemporaryFolder()
        let created = try DossierBinary.run(["init"], in: project.url)
        #expect(created.status == 0)
        #expect(created.stdout.contains("content/dossier.yml"))
        let check = try DossierBinary.run(["check", "--fail-on", "minor", "--format", "json"], in: project.url)
        #expect(check.status == 0, "\(check.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["errors"] == 0 && summary["major"] == 0 && summary["minor"] == 0)
        #expect(summary["items"] == StarterProject.files.filter { $0.path.hasSuffix(".md") }.count - 1)
        #expect((report["findings"] as? [Any])?.isEmpty == true)
    }

    @Test("--empty writes dossier.yml and .gitignore only, and the project reads")
    func empty() throws {
        let project = try TemporaryFolder()
        let run = try DossierBinary.run(["init", "--empty"], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: project.url.path).sorted()
        #expect(written == [".gitignore", "content", "content/dossier.yml"])
        let check = try DossierBinary.run(["check", "--fail-on", "never"], in: project.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("0 items: 0 errors"), "\(check.stderr)")
        #expect(run.stdout.hasSuffix("\nNext: dossier new threat \"First threat\"\n"), "\(run.stdout)")
    }

    @Test("every item type is in the starter, and the guide is outside content/")
    func everyType() throws {
        let project = try TemporaryFolder.starterProject()
        let texts = try StarterProject.files.filter { $0.path.hasPrefix("content/") && $0.path.hasSuffix(".md") }
            .map { try project.read($0.path) }
        for type in ["threat", "security-requirement", "requirement", "asset", "hazard", "verification", "section"] {
            #expect(texts.contains { $0.contains("\ntype: \(type)\n") }, "no \(type)")
        }
        #expect(project.exists("README-dossier.md"))
    }

    @Test("the starter project builds")
    func builds() throws {
        let project = try TemporaryFolder.starterProject()
        let build = try DossierBinary.run(["build"], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(project.exists("output/site/index.html"))
    }

    @Test("the next step is given from inside the project, so build output lands in it")
    func nextStepRunsInsideTheProject() throws {
        let parent = try TemporaryFolder()
        let run = try DossierBinary.run(["init", "my device"], in: parent.url)
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("\nNext: cd 'my device' && dossier check\n"), "\(run.stdout)")
        #expect(try DossierBinary.run(["init", "pump"], in: parent.url).stdout.hasSuffix("\nNext: cd pump && dossier check\n"))
    }

    @Test("DIR is created when missing")
    func createsFolder() throws {
        let parent = try TemporaryFolder()
        let run = try DossierBinary.run(["init", "--quiet", "new/device"], in: parent.url)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(parent.exists("new/device/content/dossier.yml"))
        let check = try DossierBinary.run(["check", "--content", "new/device/content"], in: parent.url)
        #expect(check.status == 0)
    }

    @Test("refuses to touch a project that has any of its files, and writes nothing")
    func refusesToOverwrite() throws {
        let project = try TemporaryFolder()
        try project.write("my own threat\n", to: "content/threats/TH-001.md")
        let run = try DossierBinary.run(["init"], in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/threats/TH-001.md"))
        #expect(try project.read("content/threats/TH-001.md") == "my own threat\n")
        #expect(!project.exists("content/dossier.yml"))
        #expect(!project.exists("README-dossier.md"))
    }

    @Test("refuses a content folder that already holds items")
    func refusesNonEmptyContent() throws {
        let project = try TemporaryFolder()
        try project.write("---\nid: X-1\n---\n", to: "content/notes/X-1.md")
        let run = try DossierBinary.run(["init"], in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/ (not empty)"))
        #expect(!project.exists("content/dossier.yml"))
    }

    @Test("DIR that is a file: nothing written, exit 2")
    func folderIsAFile() throws {
        let parent = try TemporaryFolder()
        try parent.write("not a folder\n", to: "device")
        let run = try DossierBinary.run(["init", "device"], in: parent.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a file"))
    }

    @Test("a content folder with only hidden files is fine")
    func acceptsHiddenFiles() throws {
        let project = try TemporaryFolder()
        try project.write("", to: "content/.gitkeep")
        #expect(try DossierBinary.run(["init", "--quiet"], in: project.url).status == 0)
    }

    @Test("writes a .gitignore that keeps build output out of git")
    func writesGitIgnore() throws {
        let project = try TemporaryFolder()
        let run = try DossierBinary.run(["init"], in: project.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("  .gitignore\n"))
        let ignore = try project.read(".gitignore")
        #expect(ignore.contains("\n/output/\n"))
        #expect(ignore.contains("\n/.output.*\n"))
        #expect(!run.stderr.contains("note:"))
    }

    @Test("leaves an existing .gitignore alone and says what to add")
    func keepsGitIgnore() throws {
        let project = try TemporaryFolder()
        try project.write("*.o\n", to: ".gitignore")
        let run = try DossierBinary.run(["init"], in: project.url)
        #expect(run.status == 0)
        #expect(try project.read(".gitignore") == "*.o\n")
        #expect(!run.stdout.contains(".gitignore"))
        #expect(run.stderr.contains("note: .gitignore was already there"), "\(run.stderr)")
        #expect(run.stderr.contains("add `output/`"))
        #expect(project.exists("content/dossier.yml"))
    }
}
