import DossierModel
import DossierTestSupport
import Testing

@Suite struct DraftItemInReleasedDocumentTests {
    static func project(status: String) -> [String: String] {
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.minimalConfiguration.replacingOccurrences(
            of: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n  status: \(status)")
        return files
    }

    @Test func draftItemsInAReleasedDocumentAreMajor() throws {
        let found = try findings(in: Self.project(status: "released"))
            .filter { $0.rule == .draftItemInReleasedDocument }
        #expect(found.count == CleanProject.files.count - 1)
        #expect(found.allSatisfy { $0.severity == .major })
    }

    @Test func aDocumentInReviewMayHoldDrafts() throws {
        let found = try findings(in: Self.project(status: "in-review"))
        #expect(found.filter { $0.rule == .draftItemInReleasedDocument }.isEmpty)
    }

    @Test func reviewedItemsInAReleasedDocumentPass() throws {
        var files = Self.project(status: "released")
        for (path, text) in files where path.hasSuffix(".md") {
            files[path] = text.replacingOccurrences(of: "\ntitle:", with: "\nstatus: approved\ntitle:")
        }
        #expect(try findings(in: files).filter { $0.rule == .draftItemInReleasedDocument }.isEmpty)
    }
}
