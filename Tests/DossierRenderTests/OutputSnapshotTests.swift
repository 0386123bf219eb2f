import DossierTestSupport
import Foundation
import Testing

/// The outputs of a small project, compared whole: a diff shows a reviewer
/// exactly what a change did to the dossier.
@Suite struct OutputSnapshotTests {
    @Test(arguments: ["dossier.md", "dossier.json", "trace.csv", "dossier.reqif", "site/index.html",
                      "site/phases/decommissioning.html",
                      "site/items/TH-1.html", "site/findings.html"])
    func outputMatchesSnapshot(path: String) throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try Snapshot.assertMatches(OutputTree.text(build.files, path), named: path.replacingOccurrences(of: "/", with: "__"))
    }

    @Test func buildWritesEveryOutputOfTheSpec() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        for path in ["dossier.html", "dossier.md", "dossier.json", "trace.csv", "dossier.reqif", "site/index.html",
                     "site/findings.html",
                     "site/items/TH-1.html", "site/items/SEC-SCOPE.html", "site/phases/installation.html",
                     "site/phases/operation.html", "site/phases/maintenance.html", "site/phases/decommissioning.html",
                     "site/files/sections/diagram.svg", ".dossier-output"] {
            #expect(build.files[path] != nil, "missing \(path)")
        }
    }

    @Test func singleHTMLFileEmbedsImagesAndFetchesNothing() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let encoded = Data(RenderFixture.svg.utf8).base64EncodedString()
        #expect(html.contains("src=\"data:image/svg+xml;base64,\(encoded)\""))
        #expect(!html.contains("<link "))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("@page"))
        #expect(html.contains("DI\\2d TEST\\2d 001"), "the document id is in the printed page header")
    }

    /// A body's headings sit one level below the heading they are under:
    /// an item's h4 in the single files, a narrative section's h3 in the
    /// scope chapter, the page's h1 on the site.
    @Test func bodyHeadingsMoveBelowTheItemHeading() throws {
        var files = RenderFixture.files
        files["threats/TH-1.md"] = try #require(files["threats/TH-1.md"]) + "\n## Attack path\n\nOver the air.\n"
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(html.contains("<h4>Boundaries</h4>") && markdown.contains("\n#### Boundaries\n"))
        #expect(html.contains("<h5>Attack path</h5>") && markdown.contains("\n##### Attack path\n"))
        #expect(OutputTree.text(build.files, "site/items/SEC-SCOPE.html").contains("<h3>Boundaries</h3>"))
        #expect(OutputTree.text(build.files, "site/items/TH-1.html").contains("<h3>Attack path</h3>"))
    }
}
