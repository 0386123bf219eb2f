import DossierModel
import DossierTestSupport
import Testing

@Suite struct FrontMatterErrorTests {
    @Test func frontMatterWithoutClosingFenceIsInvalidAtLineOne() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            The body starts without a closing fence.
            """)
        #expect(result == ["threats/TH-1.md:1: front-matter-invalid"])
    }

    @Test func fileWithoutOpeningFenceIsInvalidAtLineOne() throws {
        let result = try errors(in: """
            -- notes.md --
            # Meeting notes
            """)
        #expect(result == ["notes.md:1: front-matter-invalid"])
    }

    @Test func yamlSyntaxErrorIsReportedAtTheLineWhereTheYAMLBroke() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            stride: spoofing: tampering
            ---
            """)
        #expect(result == ["threats/TH-1.md:6: front-matter-invalid"])
    }

    /// libyaml notices the missing `]` on the next line; the message names
    /// the line the list starts on, which is the one to fix.
    @Test func unclosedListNamesTheLineItStartsOn() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation, maintenance
            stride: [spoofing]
            ---
            """))
        #expect(result.map(\.code) == ["front-matter-invalid"])
        #expect(result.first?.location.line == 6)
        #expect(result.first?.message.contains("while parsing a flow sequence, which starts on line 5") == true)
    }

    @Test func unclosedQuoteIsAYAMLSyntaxError() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: "Forged dose command
            phases: [operation]
            ---
            """))
        #expect(result.map(\.code) == ["front-matter-invalid"])
        #expect(result.first?.location.file == "threats/TH-1.md")
        #expect(result.first?.message.contains("YAML") == true)
    }

    @Test func duplicateKeyIsInvalidFrontMatter() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            title: Forged dose command again
            ---
            """))
        #expect(result.map(\.code) == ["front-matter-invalid"])
        #expect(result.first?.message.contains("`title`") == true)
    }

    @Test func listInsteadOfMappingIsInvalidAtItsFirstLine() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            - id: TH-1
            - type: threat
            ---
            """)
        #expect(result == ["threats/TH-1.md:2: front-matter-invalid"])
    }

    @Test func plainTextInsteadOfMappingIsInvalid() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            just a sentence
            ---
            """)
        #expect(result == ["threats/TH-1.md:2: front-matter-invalid"])
    }

    @Test func emptyFrontMatterIsInvalid() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            ---
            Body.
            """)
        #expect(result == ["threats/TH-1.md:2: front-matter-invalid"])
    }
}
