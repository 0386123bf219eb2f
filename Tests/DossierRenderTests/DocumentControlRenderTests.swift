import DossierTestSupport
import Foundation
import Testing

/// Document control names the release status, and a team's own fields read
/// like the built-in ones.
@Suite struct DocumentControlRenderTests {
    @Test func statusAndTeamFieldsAreShownWithReadableLabels() throws {
        var files = RenderFixture.files
        files["dossier.yml"] = try #require(files["dossier.yml"]).replacingOccurrences(
            of: "document:\n", with: "document:\n  status: in-review\n  reviewed_by: S. Okafor\n")
        files["threats/TH-1.md"] = try #require(files["threats/TH-1.md"]).replacingOccurrences(
            of: "\ntitle:", with: "\nrisk_owner: Platform team\ntitle:")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        for path in ["dossier.html", "site/index.html"] {
            let html = OutputTree.text(build.files, path)
            #expect(html.contains("<tr><th>Status</th><td>in-review</td></tr>"), "\(path)")
            #expect(html.contains("<tr><th>Reviewed by</th><td>S. Okafor</td></tr>"), "\(path)")
        }
        #expect(OutputTree.text(build.files, "dossier.md").contains("| Status | in-review |"))
        #expect(OutputTree.text(build.files, "site/items/TH-1.html").contains("<th>Risk owner</th>"))
    }
}
