@testable import DossierMustache
import Testing

/// Which lines a tag removes, where the specification is silent: decided as
/// swift-mustache decided, so that templates written for it render byte for
/// byte as they did.
@Suite struct StandaloneLineTests {
    static var context: [String: TemplateValue] { [
        "rows": TemplateValue([Row(name: "one"), Row(name: "two")]), "yes": .bool(true), "no": .bool(false),
    ] }

    /// A section opened mid-line does not start a fresh line after its
    /// closing tag, so a tag alone on the next line keeps its line break.
    @Test func aLineAfterASectionOpenedMidLineIsNotFresh() throws {
        let template = "| a |\n{{#rows}}| {{name}} |\n{{/rows}}\n{{#yes}}\nyes\n{{/yes}}\ntail\n"
        #expect(try render(template, Self.context) == "| a |\n| one |\n| two |\n\nyes\ntail\n")
    }

    /// The same lines after a section that opened alone on its line: every one of them stands alone.
    @Test func aLineAfterAStandaloneSectionIsFresh() throws {
        let template = "| a |\n{{#rows}}\n| {{name}} |\n{{/rows}}\n{{#yes}}\nyes\n{{/yes}}\ntail\n"
        #expect(try render(template, Self.context) == "| a |\n| one |\n| two |\nyes\ntail\n")
    }

    @Test(arguments: [
        ("  {{#rows}}\n  - {{name}}\n  {{/rows}}\n\n\nblank lines above\n", "  - one\n  - two\n\n\nblank lines above\n"),
        ("windows\r\n{{#rows}}\r\n{{name}}\r\n{{/rows}}\r\nline ends\r\n", "windows\r\none\r\ntwo\r\nline ends\r\n"),
        ("{{^no}}\nnone\n{{/no}}\n{{! a\nnote }}\nlast", "none\nlast"),
        ("{{% CONTENT_TYPE: TEXT}}\n<{{name}}>\n", "<>\n"),
        ("no line end at all", "no line end at all"),
        ("trailing blanks\n  ", "trailing blanks\n  "),
        ("", ""),
    ])
    func standaloneTagsLeaveNoLine(template: String, expected: String) throws {
        #expect(try render(template, Self.context) == expected)
    }

    /// A partial alone on its line indents each line it writes, including
    /// those its sections write, but not the lines inside a value. (Here the
    /// specification decides; swift-mustache left every row of such a
    /// section after the first unindented. No built-in template indents a
    /// partial.)
    @Test func aStandalonePartialIndentsItsLines() throws {
        let partial = "<ul>\n{{#rows}}\n<li>{{name}}</li>\n{{/rows}}\n</ul>\n{{{text}}}\n"
        let context: [String: TemplateValue] = ["rows": Self.context["rows"]!, "text": .text("a\nb")]
        #expect(try render("<div>\n  {{> list}}\n</div>\n", context, partials: ["list": partial])
            == "<div>\n  <ul>\n  <li>one</li>\n  <li>two</li>\n  </ul>\n  a\nb\n</div>\n")
    }
}
