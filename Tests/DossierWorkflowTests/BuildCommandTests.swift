import DossierTestSupport
import Foundation
import Testing

@Suite("dossier build")
struct BuildCommandTests {
    @Test("an --output whose parent folder is missing is refused; nothing is created")
    func missingParent() throws {
        let project = try TemporaryFolder.starterProject()
        let run = try DossierBinary.run(["build", "--output", "site/public/dossier"], in: project.url)
        #expect(run.status == 2)
        let parent = project.url.appendingPathComponent("site/public").standardizedFileURL.path
        #expect(run.stderr.contains("the folder \(parent) does not exist; create it first"), "\(run.stderr)")
        #expect(!project.exists("site"))
    }

    @Test("the output folder itself is created when its parent exists")
    func missingOutput() throws {
        let project = try TemporaryFolder.starterProject()
        try FileManager.default.createDirectory(at: project.url.appendingPathComponent("public"),
                                                withIntermediateDirectories: false)
        let run = try DossierBinary.run(["build", "--output", "public/dossier"], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(project.exists("public/dossier/dossier.html"))
    }

    @Test("the lock file is gone when the build ends, built or refused")
    func lockRemoved() throws {
        let project = try TemporaryFolder.starterProject()
        #expect(try DossierBinary.run(["build"], in: project.url).status == 0)
        #expect(project.exists("output/dossier.html"))
        #expect(!project.exists(".output.lock"))
        try project.write("---\nid: TH-099\ntype: threat\n---\n", to: "content/threats/TH-099.md")
        #expect(try DossierBinary.run(["build"], in: project.url).status == 2)
        #expect(!project.exists(".output.lock"))
    }

    @Test("the summary counts in the singular and the plural")
    func summary() throws {
        let project = try Projects.withFindings()
        let run = try DossierBinary.run(["build"], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try Regex(#"^Built output/: 32 items, 1 major finding, 1 minor finding, [0-9]+ files in [0-9.]+ s$"#)
        #expect(run.stderr.split(separator: "\n").last.map { $0.wholeMatch(of: summary) != nil } == true,
                "\(run.stderr)")
    }
}
