@testable import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// Finding messages put field names in backticks: code in HTML, kept as
/// Markdown in dossier.md.
@Suite struct InlineCodeTests {
    @Test(arguments: [
        ("add a `threats` line", "add a <code>threats</code> line"),
        ("`a` and `b`", "<code>a</code> and <code>b</code>"),
        ("an unpaired ` stays", "an unpaired ` stays"),
        ("`<script>` & \"x\"", "<code>&lt;script&gt;</code> &amp; &quot;x&quot;"),
        ("one `pair` and ` one left", "one <code>pair</code> and ` one left"),
        ("no code", "no code"),
        ("Größe `µg/h` und ` übrig", "Größe <code>µg/h</code> und ` übrig"),
        ("``", "<code></code>"),
        ("`", "`"),
    ])
    func backtickPairsBecomeCodeAndTheRestIsEscaped(message: String, html: String) {
        #expect(InlineCode.html(message) == html)
    }

    @Test(arguments: [
        ("add a `threats` line", "add a `threats` line"),
        ("`a|b` | *c*", "`a\\|b` \\| \\*c\\*"),
        ("an unpaired ` stays", "an unpaired \\` stays"),
        ("empty `` span", "empty \\`\\` span"),
    ])
    func markdownKeepsCodeSpansAndEscapesTheRest(message: String, markdown: String) {
        #expect(InlineCode.markdown(message) == markdown)
    }

    @Test func findingMessagesShowCodeSpansInHTMLAndBackticksInMarkdown() throws {
        var files = RenderFixture.files
        // No threat derives SR-10: its finding names the `source` in backticks.
        files["security/SR-10.md"] = """
            ---
            id: SR-10
            type: security-requirement
            title: Audit log of dose commands
            phases: [operation]
            category: logging
            source: checklist
            ---
            The hub shall log every dose command.

            """
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let json = try JSONSerialization.jsonObject(with: build.files["dossier.json"] ?? Data()) as? [String: Any]
        let finding = try #require((json?["findings"] as? [[String: Any]])?.first {
            $0["rule"] as? String == "checklist-derived-requirement"
        })
        // The outputs show the clause in a column or after the message, once.
        let message = try #require((finding["message"] as? String)?
            .replacingOccurrences(of: " (IEC 81001-5-1 §5.2.1)", with: ""))
        #expect(message.contains("`"))
        let html = InlineCode.html(message)
        #expect(html.contains("<code>"))
        for path in ["site/findings.html", "site/items/SR-10.html", "dossier.html"] {
            let text = OutputTree.text(build.files, path)
            #expect(text.contains(html), "\(path) does not show the code spans")
            #expect(!text.contains(message), "\(path) shows raw backticks")
        }
        let markdown = InlineCode.markdown(message)
        #expect(markdown.contains("`"))
        #expect(OutputTree.text(build.files, "dossier.md").contains(markdown), "dossier.md keeps the code spans")
    }
}
