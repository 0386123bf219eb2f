import DossierTestSupport
import Foundation
import Testing

/// GitHub's tables, strikethrough, autolinks and task lists render as such
/// in every output that shows item bodies, not as the pipes and tildes the
/// author typed; `[[ID]]`, relative links and the safety rules work inside
/// table cells as they do in paragraphs.
@Suite struct GFMBodyTests {
    static let files = RenderFixture.files.merging(ProjectFixture.files(in: """
        -- sections/02-standards.md --
        ---
        id: SEC-STANDARDS
        type: section
        title: Standards applied
        order: 2
        ---
        | Standard | Edition | How it is applied |
        |---|---|---|
        | IEC 81001-5-1 | 2021 | threat model, see [[TH-1]] |
        | ISO 14971 | 2019 | <b>risk</b> file, [the diagram](diagram.svg) and [a script](javascript:alert(1)) |

        The ~~2014~~ edition is withdrawn; the list is on www.iso.org.

        - [x] threat model reviewed
        - [ ] penetration test
        """)) { _, new in new }

    @Test func sitePageRendersEveryExtension() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items/SEC-STANDARDS.html")
        expectExtensionsRendered(in: page)
        #expect(page.contains(#"<td>threat model, see <a href="../items/TH-1.html" title="Forged dose command">TH-1</a></td>"#))
        #expect(page.contains(#"<a href="../files/sections/diagram.svg">the diagram</a>"#))
    }

    @Test func singleHTMLFileRendersEveryExtension() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        expectExtensionsRendered(in: html)
        #expect(html.contains(##"<td>threat model, see <a href="#item-TH-1" title="Forged dose command">TH-1</a></td>"##))
    }

    @Test func markdownKeepsThePipeTableAndTheOtherExtensions() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let lines = OutputTree.text(build.files, "dossier.md").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("| Standard | Edition | How it is applied |"))
        #expect(lines.contains("| --- | --- | --- |"))
        #expect(lines.contains(#"| IEC 81001-5-1 | 2021 | threat model, see [TH-1](#item-TH-1 "Forged dose command") |"#))
        #expect(lines.contains { $0.hasPrefix("| ISO 14971 | 2019 | risk file, [the diagram](") })
        #expect(!lines.contains { $0.contains("<b>") }, "raw HTML in a cell is removed")
        #expect(lines.contains("The ~~2014~~ edition is withdrawn; the list is on [www.iso.org](http://www.iso.org)."))
        #expect(lines.contains("- [x] threat model reviewed"))
        #expect(lines.contains("- [ ] penetration test"))
    }

    private func expectExtensionsRendered(in html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for fragment in ["<th>Standard</th>", "<th>How it is applied</th>", "<td>IEC 81001-5-1</td>", "<td>2019</td>",
                         "<del>2014</del>", #"<a href="http://www.iso.org">www.iso.org</a>"#,
                         #"<input type="checkbox" checked="" disabled="" /> threat model reviewed"#,
                         #"<input type="checkbox" disabled="" /> penetration test"#,
                         "<td><!-- raw HTML omitted -->risk<!-- raw HTML omitted --> file, ",
                         #"<a href="">a script</a>"#] {
            #expect(html.contains(fragment), "missing \(fragment)", sourceLocation: sourceLocation)
        }
        #expect(!html.contains("|---|"), sourceLocation: sourceLocation)
        #expect(!html.contains("~~"), sourceLocation: sourceLocation)
    }
}
