import DossierModel
import DossierParse
import DossierTestSupport
import Testing

/// Input written to hurt the build machine must give an error, not a crash,
/// a hang or an exhausted memory.
@Suite struct HostileInputTests {
    static func threat(frontMatterTail: String, body: String = "") -> String {
        """
        -- threats/TH-1.md --
        ---
        id: TH-1
        type: threat
        title: Forged dose command
        phases: [operation]
        \(frontMatterTail)
        ---
        \(body)
        """
    }

    @Test func yamlAliasBombIsInvalidFrontMatter() throws {
        var lines = [#"lol1: &lol1 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 2...9 {
            let aliases = Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("lol\(level): &lol\(level) [\(aliases)]")
        }
        let result = try ProjectFixture.inputErrors(project(Self.threat(frontMatterTail: lines.joined(separator: "\n"))))
        #expect(result.map(\.code) == ["front-matter-invalid"])
        #expect(result.first?.location.file == "threats/TH-1.md")
    }

    /// A `"` that YAML does not read as a quote (in a comment, or closing a
    /// string that ends in an escaped backslash) must not hide what follows
    /// from the alias count. With aliases as mapping keys, Yams hashes every
    /// expanded key: at nine levels `dossier check` ran past 60 s; six levels
    /// keep this test short.
    @Test(arguments: [#"# the "guard"#, #"note: "C:\\""#])
    func aliasBombAfterAQuoteYAMLDoesNotSeeIsStillInvalidFrontMatter(quote: String) throws {
        var lines = [quote, "lol1: &lol1 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 2...6 {
            let aliases = Array(repeating: "*lol\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("lol\(level): &lol\(level) [\(aliases)]")
        }
        lines += ["keys:", "  ? *lol6", "  : a", "  ? *lol5", "  : b"]
        let result = try ProjectFixture.inputErrors(project(Self.threat(frontMatterTail: lines.joined(separator: "\n"))))
        #expect(result.map(\.code) == ["front-matter-invalid"])
    }

    @Test func aliasExpansionUnderTheAliasLimitIsStoppedByTheValueBudget() throws {
        // 4 levels of 8 aliases: few aliases, yet 37,449 values once expanded.
        var lines = [#"lol1: &lol1 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 2...5 {
            let aliases = Array(repeating: "*lol\(level - 1)", count: 8).joined(separator: ", ")
            lines.append("lol\(level): &lol\(level) [\(aliases)]")
        }
        let result = try errors(in: Self.threat(frontMatterTail: lines.joined(separator: "\n")))
        #expect(result == ["threats/TH-1.md:10: invalid-value"])
    }

    @Test func tenThousandNestedFlowListsAreInvalidFrontMatter() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = try errors(in: Self.threat(frontMatterTail: "tags: \(deep)"))
        #expect(result == ["threats/TH-1.md:6: front-matter-invalid"])
    }

    @Test func nestingAfterAQuoteYAMLDoesNotSeeIsStillInvalidFrontMatter() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = try errors(in: Self.threat(frontMatterTail: "# the \"guard\ntags: \(deep)"))
        #expect(result == ["threats/TH-1.md:7: front-matter-invalid"])
    }

    @Test func tenThousandNestedFlowMappingsAreInvalidFrontMatter() throws {
        let deep = String(repeating: "{a: ", count: 10_000) + "b" + String(repeating: "}", count: 10_000)
        let result = try errors(in: Self.threat(frontMatterTail: "extra: \(deep)"))
        #expect(result == ["threats/TH-1.md:6: front-matter-invalid"])
    }

    @Test func tenThousandNestedBlockListsAreInvalidFrontMatter() throws {
        let deep = String(repeating: "- ", count: 10_000) + "x"
        let result = try errors(in: Self.threat(frontMatterTail: "extra:\n\(deep)"))
        #expect(result == ["threats/TH-1.md:7: front-matter-invalid"])
    }

    @Test func unclosedNestingIsInvalidFrontMatter() throws {
        let result = try errors(in: Self.threat(frontMatterTail: "tags: " + String(repeating: "[", count: 10_000)))
        #expect(result == ["threats/TH-1.md:6: front-matter-invalid"])
    }

    @Test func deeplyNestedBlockQuotesInABodyParse() throws {
        let parsed = try parse(Self.threat(frontMatterTail: "", body: String(repeating: ">", count: 100_000) + " [[TH-1]]"))
        #expect(parsed.errors == [])
        #expect(parsed.item("TH-1") != nil)
    }

    @Test func deeplyNestedListsInABodyParse() throws {
        let parsed = try parse(Self.threat(frontMatterTail: "", body: String(repeating: "- ", count: 100_000) + "deep"))
        #expect(parsed.errors == [])
        #expect(parsed.item("TH-1") != nil)
    }

    @Test func deeplyNestedBracketsAndEmphasisInABodyParse() throws {
        let body = String(repeating: "[", count: 100_000) + String(repeating: "*a ", count: 50_000)
            + String(repeating: "](x)", count: 50_000)
        let parsed = try parse(Self.threat(frontMatterTail: "", body: body))
        #expect(parsed.errors == [])
        #expect(parsed.item("TH-1") != nil)
    }

    @Test func deeplyNestedProjectChecksWithoutCrashingThroughEveryStage() throws {
        let body = String(repeating: ">", count: 100_000) + " see [[TH-9]]\n\n" + String(repeating: "- ", count: 100_000)
        let result = try errors(in: Self.threat(frontMatterTail: "", body: body))
        #expect(result == ["threats/TH-1.md:8: dangling-reference"])
    }
}
