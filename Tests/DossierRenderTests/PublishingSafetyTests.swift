import DossierTestSupport
import Foundation
import Testing

/// What an author writes can never inject script or markup into a page.
@Suite struct PublishingSafetyTests {
    static let hostile = CleanProject.with("""
        -- threats/TH-1.md --
        ---
        id: TH-1
        type: threat
        title: <script>alert('title')</script> & "quotes"
        phases: [installation, operation, maintenance, decommissioning]
        safety_impact: true
        assets: [AS-1]
        hazards: [HZ-1]
        owner: <img src=x onerror=alert('extra')>
        cvss: "\\"><svg onload=alert(1)>"
        risk: medium
        residual_risk: low
        ---
        <script>alert('body')</script>

        <div onclick="alert('block')">raw block</div>

        [click](javascript:alert('link')) and ![img](vbscript:msgbox) and [file](file:///etc/passwd)
        and [data](data:text/html;base64,PHNjcmlwdD4=) and an inline <b onmouseover="x()">tag</b>.
        -- verification/VER-2.md --
        ---
        id: VER-2
        type: verification
        title: Local evidence
        result: pass
        evidence: ../../etc/passwd
        verifies: [REQ-1]
        ---
        Evidence on a share.
        -- verification/VER-3.md --
        ---
        id: VER-3
        type: verification
        title: Web evidence
        result: pass
        evidence: "javascript:alert('evidence')"
        verifies: [REQ-1]
        ---
        Evidence link.
        """)

    @Test func noScriptOrEventHandlerReachesAnyHTMLOutput() throws {
        let build = try RenderFixture.build(Self.hostile)
        defer { build.fixture.remove() }
        for (path, data) in build.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!html.contains("<script"), "\(path) holds a script element")
            #expect(!html.contains("<img src=x"), "\(path) holds markup from a field")
            #expect(!html.contains("<svg onload"), "\(path) holds markup from a field")
            #expect(html.firstMatch(of: /<[a-z][^>]*\son[a-z]+=/) == nil, "\(path) holds an event handler")
            for scheme in ["javascript:", "vbscript:", "file:", "data:text"] {
                #expect(!HTMLLinks.attributes("href", in: html).contains { $0.hasPrefix(scheme) },
                        "\(path) links to a \(scheme) URL")
                #expect(!HTMLLinks.attributes("src", in: html).contains { $0.hasPrefix(scheme) },
                        "\(path) loads a \(scheme) URL")
            }
        }
    }

    @Test func frontMatterValuesAreEscapedNotDropped() throws {
        let build = try RenderFixture.build(Self.hostile)
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items/TH-1.html")
        #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(page.contains("&lt;img src=x onerror=alert(&#39;extra&#39;)&gt;"))
    }

    @Test func evidencePathsAreTextAndOnlyWebURLsBecomeLinks() throws {
        let build = try RenderFixture.build(Self.hostile)
        defer { build.fixture.remove() }
        let local = OutputTree.text(build.files, "site/items/VER-2.html")
        #expect(local.contains("<td>../../etc/passwd</td>"))
        let scripted = OutputTree.text(build.files, "site/items/VER-3.html")
        #expect(!scripted.contains("href=\"javascript"))
    }

    @Test func markdownOutputEscapesFieldsAndDropsRawHTML() throws {
        let build = try RenderFixture.build(Self.hostile)
        defer { build.fixture.remove() }
        let markdown = OutputTree.text(build.files, "dossier.md")
        // Escaped as `\<script\>` it is text; unescaped it would be markup.
        #expect(markdown.firstMatch(of: /(^|[^\\])<script/) == nil)
        #expect(!markdown.contains("<div onclick"))
        #expect(!markdown.contains("<b onmouseover"))
        #expect(markdown.contains("\\<script\\>alert('title')\\</script\\> \\& \"quotes\""))
    }

    @Test func csvCellsCannotRunAsSpreadsheetFormulas() throws {
        var files = Self.hostile
        files["threats/TH-1.md"] = files["threats/TH-1.md"]!
            .replacingOccurrences(of: "title: <script>alert('title')</script> & \"quotes\"", with: "title: \"=HYPERLINK(\\\"x\\\")\"")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let csv = OutputTree.text(build.files, "trace.csv")
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
    }
}
