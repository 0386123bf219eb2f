import DossierTestSupport
import Foundation
import Testing

/// The files dossier.yml lists are read with the baseline from the same
/// revision, so an unchanged SBOM raises no "new" finding and a changed one does.
@Suite("Listed files under --baseline")
struct ListedInputBaselineTests {
    /// One package of the SBOM left undocumented: a `component-not-documented` finding in both revisions.
    static func repository() throws -> GitRepository {
        let packages = SBOMProject.flaskAppPackages.filter { $0 != "pip" }
        return try GitRepository(files: try SBOMProject.files(documenting: packages))
    }

    @Test func anUnchangedSBOMRaisesNoNewFindingAgainstAGitRevision() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let plain = try repository.dossier(["check"])
        #expect(plain.stderr.contains("[component-not-documented]"))
        let result = try repository.dossier(["diff", "--baseline", "HEAD", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"findings_new\": []"), "\(result.stdout)")
        #expect(result.stdout.contains("\"findings_resolved\": []"), "\(result.stdout)")
    }

    @Test func anUnchangedSBOMRaisesNoNewFindingAgainstAFolder() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let copy = repository.root.appendingPathComponent("released")
        try FileManager.default.copyItem(at: repository.content, to: copy)
        let result = try repository.dossier(["diff", "--baseline", "released", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"findings_new\": []"), "\(result.stdout)")
    }

    /// The baseline's SBOM is the one committed then, not the one on disk now.
    @Test func anSBOMChangedSinceTheRevisionIsReadAsItWasThen() throws {
        let repository = try GitRepository(files: try SBOMProject.files())
        defer { repository.remove() }
        try repository.write("sbom/app.cdx.json", try SBOMFixture.text("flask-app.cdx.json")
            .replacingOccurrences(of: "pkg:pypi/pip@", with: "pkg:pypi/pipx@"))
        let result = try repository.dossier(["diff", "--baseline", "HEAD", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"rule\": \"component-not-documented\""), "\(result.stdout)")
        #expect(result.stdout.contains("pkg:pypi/pipx@"), "\(result.stdout)")
    }
}
