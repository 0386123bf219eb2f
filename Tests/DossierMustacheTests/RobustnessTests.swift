@testable import DossierMustache
import Testing

/// Whatever a user writes in a template, registering it either succeeds or
/// throws a located error, and rendering it ends.
@Suite struct RobustnessTests {
    /// Templates made of the pieces of Mustache syntax in random order, from a fixed seed.
    @Test func randomTemplatesParseOrFailWithALocation() {
        let pieces = ["{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "<", "$", "=", "%", "&", "*", ".", "a", "b",
                      "rows", "name", " ", "\t", "\n", "\r\n", "x", "{", "}", "<%", "%>", "CONTENT_TYPE: TEXT"]
        var generator = SplitMix64(seed: 31)
        var parsed = 0
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 24)
            let template = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            var library = TemplateLibrary()
            do {
                try library.register(template, named: "t")
                try library.register(template, named: "a")
                parsed += 1
                let context: [String: TemplateValue] = [
                    "a": .bool(true), "rows": TemplateValue([Row(name: "one"), Row(name: "two")]), "name": .text("<n>"),
                ]
                let once = library.render(context, withTemplate: "t")
                #expect(once == library.render(context, withTemplate: "t"), "\(template.debugDescription)")
            } catch {
                #expect(error.line >= 1 && error.column >= 1, "\(template.debugDescription)")
            }
        }
        #expect(parsed > 300, "the generator makes templates that parse, too")
    }

    @Test func sectionsNestedPastTheLimitAreRefused() throws {
        let limit = TemplateParser.depthLimit
        var library = TemplateLibrary()
        try library.register(String(repeating: "{{#a}}", count: limit) + String(repeating: "{{/a}}", count: limit),
                             named: "deep")
        #expect(library.render(["a": TemplateValue.bool(true)], withTemplate: "deep") == "")
        #expect(throws: TemplateSyntaxError(kind: .nestedTooDeep(limit: limit), line: 1, column: 6 * limit + 1)) {
            try library.register(String(repeating: "{{#a}}", count: limit + 1), named: "deeper")
        }
    }
}

/// A small deterministic generator, so a failure can be run again.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
