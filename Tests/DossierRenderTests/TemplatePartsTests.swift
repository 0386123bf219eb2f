@testable import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// The documents hand their text on a part at a time; the parts must make
/// exactly what the whole template makes.
@Suite struct TemplatePartsTests {
    /// Every built-in document, rendered in parts with the dossier's view.
    @Test func theBuiltinDocumentsRenderTheSameInParts() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let input = try RenderFixture.renderInput(build.fixture)
        let templates = TemplateSet.builtin()
        for (name, links, format) in [("dossier-html", LinkStyle.singleFile, ItemViewBuilder.BodyFormat.html),
                                      ("dossier-md", .markdown, .commonMark)] {
            let view = DossierViewModel(input: input, links: links, bodyFormat: format, templates: templates)
            var parts: [String] = []
            templates.render(view, with: name, partSize: 1, inPieces: { parts.append($0) })
            #expect(parts.count > 20, "\(name) is handed on between its chapters")
            #expect(parts.joined() == templates.render(view, with: name), "\(name)")
        }
    }

    /// A chapter's partial overridden still shows in the document, and so
    /// does a document template with its own delimiters.
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
