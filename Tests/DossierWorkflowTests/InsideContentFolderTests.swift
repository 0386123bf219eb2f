import DossierTestSupport
import Foundation
import Testing

/// Without `--content`, a folder with dossier.yml and no content/dossier.yml
/// is the content folder: people run the tool where they edit the items.
@Suite("inside the content folder")
struct InsideContentFolderTests {
    @Test("check reads the current folder and names files from it")
    func check() throws {
        let project = try Projects.withFindings()
        let run = try DossierBinary.run(["check"], in: project.root.appendingPathComponent("content"))
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("security/SR-099.md:1: major:"), "\(run.stderr)")
    }

    @Test("new writes into the current folder and prints the path from it")
    func new() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "hazard", "Burn"], in: project.root.appendingPathComponent("content"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "hazards/HZ-002.md\n")
        #expect(project.exists("hazards/HZ-002.md"))
    }

    @Test("build puts the output beside the content folder, not into it")
    func build() throws {
        let project = try ProjectFixture.starterProject()
        let content = project.root.appendingPathComponent("content")
        let run = try DossierBinary.run(["build"], in: content)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("Built ../output/: "), "\(run.stderr)")
        #expect(project.existsOutside("output/dossier.html"))
        #expect(!project.exists("output"))
        #expect(try DossierBinary.run(["check"], in: content).status == 0)
    }

    @Test("content/dossier.yml wins over ./dossier.yml")
    func contentFolderFirst() throws {
        let project = try ProjectFixture.starterProject()
        try project.writeOutside("dossier.yml", "not: [a dossier\n")
        let run = try DossierBinary.run(["check"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("with neither, the message names content/dossier.yml")
    func neither() throws {
        let folder = try ProjectFixture()
        let run = try DossierBinary.run(["new", "threat", "X"], in: folder.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/dossier.yml not found"))
    }
}
