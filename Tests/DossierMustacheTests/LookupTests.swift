@testable import DossierMustache
import Testing

/// How a tag finds its value among the views on the stack.
@Suite struct LookupTests {
    /// A nil member is as good as a missing one: the lookup goes on outwards.
    @Test func aNilMemberLooksFurtherOut() throws {
        let context: [String: TemplateValue] = ["note": .text("outer"), "rows": TemplateValue([Row(name: "a")])]
        #expect(try render("{{#rows}}{{name}}: {{note}}{{/rows}}", context) == "a: outer")
    }

    /// Only the first name of a dotted tag looks outwards; the rest are members of what it found.
    @Test func aDottedNameLooksOutwardsForItsFirstNameOnly() throws {
        let context: [String: TemplateValue] = [
            "row": TemplateValue(Row(name: "inner")), "name": .text("outer"),
            "rows": TemplateValue([Row(name: "a")]),
        ]
        #expect(try render("{{row.name}} [{{row.note}}] {{#rows}}{{row.name}}/{{.name}}/{{.note}}{{/rows}}", context)
            == "inner [] inner/a/")
    }

    /// True renders a section once without a new value; text, numbers and
    /// objects render it once with themselves; lists once per element.
    @Test func whatASectionIsRenderedWith() throws {
        let context: [String: TemplateValue] = [
            "yes": .bool(true), "text": .text(""), "zero": .int(0), "row": TemplateValue(Row(name: "r")),
            "empty": TemplateValue([String]()), "rows": TemplateValue([Row(name: "a", isFirst: true), Row(name: "b")]),
            "name": .text("top"),
        ]
        let template = "{{#yes}}{{name}}{{/yes}}|{{#text}}[{{.}}]{{/text}}|{{#zero}}{{.}}{{/zero}}|{{#row}}{{name}}{{/row}}"
            + "|{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}|{{#rows}}{{#isFirst}}first {{/isFirst}}{{name}} {{/rows}}"
        #expect(try render(template, context) == "top|[]|0|r|none|first a b ")
    }

    /// A list or an object has no text of its own.
    @Test func aListOrAnObjectInterpolatesAsNothing() throws {
        let context: [String: TemplateValue] = ["row": TemplateValue(Row(name: "r")), "tags": TemplateValue(["a"])]
        #expect(try render("[{{row}}][{{tags}}][{{#tags}}{{.}}{{/tags}}]", context) == "[][][a]")
    }

    /// Lazy text is made only where a template shows it.
    @Test func lazyTextIsMadeOnlyWhenShown() throws {
        nonisolated(unsafe) var made = 0
        let lazy = TemplateValue.lazy { made += 1; return "<made>" }
        #expect(try render("{{^lazy}}never{{/lazy}}", ["lazy": lazy]) == "")
        #expect(made == 0)
        #expect(try render("{{lazy}} {{{lazy}}}", ["lazy": lazy]) == "&lt;made&gt; <made>")
        #expect(made == 2)
    }

    /// Each template escapes as it says; a partial starts again with HTML.
    @Test func contentTypesApplyToTheirTemplateOnly() throws {
        struct Shout: TemplateContentType { func escape(_ text: String) -> String { text.uppercased() } }
        let template = "{{% CONTENT_TYPE: SHOUT}}\n{{text}} {{> part}} {{#yes}}{{text}}{{/yes}}"
        #expect(try render(template, ["text": .text("<a>"), "yes": .bool(true)], partials: ["part": "{{text}}"],
                           contentTypes: ["SHOUT": Shout()]) == "<A> &lt;a&gt; <A>")
    }

    /// A template that includes itself without end renders nothing past a
    /// depth instead of exhausting the stack.
    @Test func aPartialThatIncludesItselfStops() throws {
        let text = try render("{{> loop}}", ["x": .text("x")], partials: ["loop": "{{x}}{{> loop}}"])
        #expect(text == String(repeating: "x", count: TemplateRenderer.partialDepthLimit))
    }
}
