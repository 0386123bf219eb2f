import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite("dossier --version")
struct VersionCommandTests {
    /// A validated tool is identified by its version (ISO 13485 §4.1.6).
    @Test("prints the tool's version and exits 0")
    func printsTheVersion() throws {
        let folder = try ProjectFixture()
        let run = try DossierBinary.run(["--version"], in: folder.root)
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == DossierTool.version)
    }
}
