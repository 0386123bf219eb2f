@testable import DossierMustache
import Testing

/// A template that does not parse says where, and what to write instead.
@Suite struct SyntaxErrorTests {
    @Test(arguments: [
        ("<p>\n{{#items}}\n", 2, 1, "a section is never closed: `{{#items}}` needs a `{{/items}}`"),
        ("{{#a}}\n{{/b}}", 2, 4, "`{{#a}}` ends with `{{/a}}`, not `{{/b}}`"),
        ("x\n{{/b}}", 2, 4, "`{{/b}}` closes no section"),
        ("x {{name", 1, 9, "the template ends inside a tag"),
        ("{{name x}}", 1, 8, "a tag is not finished"),
        ("é {{na(me)}}", 1, 7, "a tag's name may hold letters, digits and `.-_?*` only"),
        ("{{}}", 1, 3, "a tag's name may hold"),
        ("{{{name}}", 1, 10, "(and `{{{` its `}}}`)"),
        ("{{! note", 1, 9, "the template ends inside a tag"),
        ("{{=<% >}}", 1, 4, "the set-delimiter tag is malformed"),
        ("{{% PRAGMA: X}}", 1, 4, "the setting tag is not understood"),
        ("{{% CONTENT_TYPE: XML}}", 1, 4, "`XML` is not a content type"),
        ("{{<parent}}{{#section}}{{/section}}{{/parent}}", 1, 1, "may hold only `{{$block}}` sections"),
    ])
    func anErrorSaysWhereAndWhat(template: String, line: Int, column: Int, reason: String) {
        var library = TemplateLibrary()
        #expect {
            try library.register(template, named: "test")
        } throws: { error in
            guard let error = error as? TemplateSyntaxError else { return false }
            return error.line == line && error.column == column && error.reason.contains(reason)
        }
    }
}
