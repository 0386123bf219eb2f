@testable import DossierMustache
import Testing

/// A long document is handed on in parts that together make the whole.
@Suite struct PartsTests {
    static let template = "{{% CONTENT_TYPE: TEXT}}\n<h1>{{title}}</h1>\n{{#rows}}\n<p>{{name}}</p>\n{{/rows}}\nend\n"
    static var context: [String: TemplateValue] { [
        "title": .text("A & B"), "rows": TemplateValue([Row(name: "<one>"), Row(name: "two")]),
    ] }

    @Test(arguments: [1, 8, 1 << 16])
    func thePartsMakeTheWhole(partSize: Int) throws {
        var library = TemplateLibrary()
        try library.register(Self.template, named: "page")
        var parts: [String] = []
        library.render(Self.context, withTemplate: "page", partSize: partSize) { parts.append($0) }
        let whole = try #require(library.render(Self.context, withTemplate: "page"))
        #expect(parts.joined() == whole)
        #expect(whole == "<h1>A & B</h1>\n<p><one></p>\n<p>two</p>\nend\n", "the content type holds in every part")
        #expect(parts.dropLast().allSatisfy { $0.utf8.count >= partSize })
        if partSize == 1 { #expect(parts.count == 5, "one part per top-level tag or line that writes something") }
    }
}
