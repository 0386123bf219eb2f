import DossierModel
import DossierPipeline
@testable import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// The "Threat model" chapter and imported threats in every output
/// (docs/format.md, "Threat model files").
@Suite("Threat model chapter")
struct ThreatModelChapterTests {
    typealias Threat = ThreatDragonModel.Threat

    static let model: ThreatDragonModel = {
        var model = ThreatDragonModel([
            Threat(1, "Forged <dose> record", description: "An attacker *forges* a record.\nSecond line <b>bold</b>.",
                   id: "aaaaaaaa-0000-4000-8000-000000000000"),
            Threat(2, "Portal upload", status: "NotApplicable", mitigation: "No uploads & no files."),
            Threat(3, "Session theft", status: "Open"),
        ])
        model.diagramTitle = "Cloud & portal"
        return model
    }()

    static func build() throws -> (ProjectFixture, URL) {
        let fixture = try ProjectFixture(files: ThreatModelProject.files(
            model, mitigatedBy: ["TD-1"],
            adding: "-- threats/TD-1.md --\n---\nid: TD-1\ntype: threat\n\(ThreatModelProject.completingOverlay)\n---\nOverlay text.\n"))
        let output = fixture.root.appendingPathComponent("output")
        let run = try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        return (fixture, output)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyOutputHasTheChapterWithFilesThreatsAndStates() throws {
        let (fixture, output) = try Self.build()
        defer { fixture.remove() }
        let site = try Self.read(output, "site/threat-model.html")
        let html = try Self.read(output, "dossier.html")
        let markdown = try Self.read(output, "dossier.md")
        for page in [site, html] {
            #expect(page.contains("Threat model</h"))
            #expect(page.contains("STRIDE per element, OWASP Threat Dragon"))
            #expect(page.contains("<code>threat-model/cloud.json</code>"))
            #expect(page.contains("OWASP Threat Dragon"))
            #expect(page.contains("3 threats: 1 Mitigated, 1 Not Applicable, 1 Open"))
            #expect(page.contains("Forged &lt;dose&gt; record"))
            #expect(page.contains("No uploads &amp; no files."))
            #expect(page.contains("Dose records: Phone app → Cloud API (Cloud &amp; portal)"))
            #expect(!page.contains("<dose>"))
        }
        #expect(markdown.contains("## Threat model"))
        #expect(markdown.contains("3 threats: 1 Mitigated, 1 Not Applicable, 1 Open"))
        #expect(html.contains("<li><a href=\"#chapter-threat-model\">Threat model</a></li>"))
        #expect(site.contains("href=\"items/SR-9.html\""))
    }

    @Test func anImportedThreatsPageShowsItsSourceAndTheModelTextAsPlainText() throws {
        let (fixture, output) = try Self.build()
        defer { fixture.remove() }
        let page = try Self.read(output, "site/items/TD-1.html")
        #expect(page.contains("threat-model/cloud.json (OWASP Threat Dragon)"))
        #expect(page.contains("<p class=\"model-text\">An attacker *forges* a record.<br>\nSecond line &lt;b&gt;bold&lt;/b&gt;.</p>"))
        #expect(page.contains("Overlay text."))
        let markdown = try Self.read(output, "dossier.md")
        #expect(markdown.contains("An attacker \\*forges\\* a record\\.\\\nSecond line \\<b\\>bold\\<\\/b\\>\\."))
    }

    /// Escaped byte by byte: a `<` followed by a combining mark is one
    /// character to Swift, and must still not reach the page as markup.
    @Test func modelTextEscapesMarkupBytesWhateverFollowsThem() {
        #expect(PlainText.html("a <\u{338}b> & 'c'") == "<p class=\"model-text\">a &lt;\u{338}b&gt; &amp; &#39;c&#39;</p>")
    }

    @Test func theJSONExportCarriesEachImportedThreatsSourceAndTheManifestTheModel() throws {
        let (fixture, output) = try Self.build()
        defer { fixture.remove() }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("dossier.json")))
            as? [String: Any]
        let items = try #require(json?["items"] as? [[String: Any]])
        let threat = try #require(items.first { $0["id"] as? String == "TD-2" })
        let source = try #require(threat["source"] as? [String: Any])
        #expect(source["file"] as? String == "threat-model/cloud.json")
        #expect(source["format"] as? String == "threat-dragon")
        #expect(source["state"] as? String == "Not Applicable")
        #expect(items.first { $0["id"] as? String == "SR-9" }?["source"] == nil)
        let manifest = try #require(json?["manifest"] as? [[String: Any]])
        #expect(manifest.contains { $0["path"] as? String == "threat-model/cloud.json" })
        let csv = try Self.read(output, "trace.csv")
        #expect(csv.contains("TD-1"))
    }
}
