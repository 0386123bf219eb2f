import DossierTestSupport
import Foundation
import Testing

@Suite("dossier build")
struct BuildCommandTests {
    @Test("an --output whose parent folder is missing is refused; nothing is created")
    func missingParent() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["build", "--output", "site/public/dossier"], in: project.root)
        #expect(run.status == 2)
        let parent = project.root.appendingPathComponent("site/public").standardizedFileURL.path
        #expect(run.stderr.contains("the folder \(parent) does not exist; create it first"), "\(run.stderr)")
        #expect(!project.existsOutside("site"))
    }

    @Test("the output folder itself is created when its parent exists")
    func missingOutput() throws {
        let project = try ProjectFixture.starterProject()
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("public"),
                                                withIntermediateDirectories: false)
        let run = try DossierBinary.run(["build", "--output", "public/dossier"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(project.existsOutside("public/dossier/dossier.html"))
    }

    @Test("the lock file is gone when the build ends, built or refused")
    func lockRemoved() throws {
        let project = try ProjectFixture.starterProject()
        #expect(try DossierBinary.run(["build"], in: project.root).status == 0)
        #expect(project.existsOutside("output/dossier.html"))
        #expect(!project.existsOutside(".output.lock"))
        try project.write("threats/TH-099.md", "---\nid: TH-099\ntype: threat\n---\n")
        #expect(try DossierBinary.run(["build"], in: project.root).status == 2)
        #expect(!project.existsOutside(".output.lock"))
    }

    @Test("the summary counts in the singular and the plural")
    func summary() throws {
        let project = try Projects.withFindings()
        let run = try DossierBinary.run(["build"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try Regex(#"^Built output/: 34 items, 1 major finding, 1 minor finding, [0-9]+ files in [0-9.]+ s$"#)
        #expect(run.stderr.split(separator: "\n").last.map { $0.wholeMatch(of: summary) != nil } == true,
                "\(run.stderr)")
    }
}
