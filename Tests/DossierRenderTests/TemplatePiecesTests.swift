@testable import DossierRender
import DossierTestSupport
import Foundation
import Mustache
import Testing

/// The documents render their templates a piece at a time; the pieces must
/// make exactly what the whole template makes, whatever a user's template
/// does with sections, standalone lines and content types.
@Suite struct TemplatePiecesTests {
    static var view: [String: Any] { [
        "title": "A & B", "empty": [String](), "yes": true, "no": false,
        "rows": [["name": "one"], ["name": "two"]], "html": "<b>bold</b>",
    ] }

    static let templates = [
        // Standalone sections and comments leave no line behind.
        "{{% CONTENT_TYPE: HTML}}\n<h1>{{title}}</h1>\n{{#rows}}\n<p>{{name}}</p>\n{{/rows}}\n{{! a note }}\nend",
        // A section opened mid-line: the line after it is not a fresh line to
        // the parser, so a lone tag there keeps its line break.
        "| a |\n{{#rows}}| {{name}} |\n{{/rows}}\n{{#yes}}\nyes\n{{/yes}}\n{{#no}}\nno\n{{/no}}\ntail\n",
        "{{#rows}}{{name}}{{/rows}}\n{{#yes}}\nafter\n{{/yes}}\n",
        // Inverted sections, triple mustaches, a comment over several lines.
        "{{^empty}}\nnone\n{{/empty}}\n{{{html}}} {{&html}} {{html}}\n{{!\nspans\nlines\n}}\nlast",
        "  {{#rows}}\n  - {{name}}\n  {{/rows}}\n\n\nblank lines above\n",
        "windows\r\n{{#rows}}\r\n{{name}}\r\n{{/rows}}\r\nline ends\r\n",
        "{{% CONTENT_TYPE: TEXT}}\n{{html}}\n{{#rows}}\n{{html}}\n{{/rows}}\n",
        "no line end at all {{title}}",
        "",
    ]

    @Test(arguments: templates)
    func thePiecesRenderWhatTheWholeTemplateDoes(source: String) throws {
        let whole = try MustacheTemplate(string: source).render(Self.view)
        let pieces = try #require(TemplatePieces.cut(source))
        let rendered = try pieces.map { try MustacheTemplate(string: $0).render(Self.view) }
        #expect(rendered.joined() == whole)
    }

    @Test func aTemplateIsCutBetweenItsChaptersOnly() throws {
        let pieces = try #require(TemplatePieces.cut("<h2>A</h2>\n{{#rows}}\n{{name}}\n{{/rows}}\n<h2>B</h2>\n"))
        #expect(pieces == ["<h2>A</h2>\n", "{{#rows}}\n{{name}}\n{{/rows}}\n", "<h2>B</h2>\n"])
    }

    /// What a cut would change is rendered whole.
    @Test(arguments: ["{{=<% %>=}}\n<%title%>\n", "{{<parent}}{{$block}}x{{/block}}{{/parent}}\n", "{{#open}}\n"])
    func whatCannotBeCutIsNot(source: String) {
        #expect(TemplatePieces.cut(source) == nil)
    }

    /// Every built-in template, rendered in pieces with the dossier's view.
    @Test func theBuiltinDocumentsRenderTheSameInPieces() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let input = try RenderFixture.renderInput(build.fixture)
        let templates = TemplateSet.builtin()
        for (name, links, format) in [("dossier-html", LinkStyle.singleFile, ItemViewBuilder.BodyFormat.html),
                                      ("dossier-md", .markdown, .commonMark)] {
            let view = DossierViewModel(input: input, links: links, bodyFormat: format, templates: templates)
            var pieces: [String] = []
            templates.render(view, with: name, inPieces: { pieces.append($0) })
            #expect(pieces.count > 20, "\(name) is cut between its chapters")
            #expect(pieces.joined() == templates.render(view, with: name), "\(name)")
        }
    }

    /// A chapter's partial overridden still shows in the document, and a
    /// document template that cannot be cut is rendered whole.
    @Test func overridesStillTakeEffect() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let folder = fixture.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{{% CONTENT_TYPE: HTML}}\n<p class=\"custom\">{{document.documentID}}</p>\n".utf8)
            .write(to: folder.appendingPathComponent("secured-table.mustache"))
        try Data("{{=<% %>=}}\n# <%document.documentTitle%>\n<%#groups%><%#items%><%&renderedSection%><%/items%><%/groups%>\n"
            .utf8).write(to: folder.appendingPathComponent("dossier-md.mustache"))
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output, templates: folder)
        let tree = try OutputTree.read(output)
        #expect(OutputTree.text(tree, "dossier.html").contains(#"<p class="custom">DI-TEST-001</p>"#))
        let markdown = OutputTree.text(tree, "dossier.md")
        #expect(markdown.hasPrefix("# "))
        #expect(markdown.contains("TH-3"), "the item sections are in place")
    }
}
