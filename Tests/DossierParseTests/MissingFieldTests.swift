import DossierModel
import DossierTestSupport
import Testing

@Suite struct MissingFieldTests {
    @Test(arguments: ["id", "type", "title"])
    func absentCommonFieldIsMissingAtLineOne(field: String) throws {
        let lines = ["id: TH-1", "type: threat", "title: Forged dose command"].filter { !$0.hasPrefix(field + ":") }
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            \(lines.joined(separator: "\n"))
            phases: [operation]
            ---
            """))
        #expect(result.map(\.brief) == ["threats/TH-1.md:1: missing-field"])
        #expect(result.first?.message.contains("`\(field)`") == true)
    }

    /// A required field written with a typo is named at the typo's line.
    @Test(arguments: [("tilte: Forged dose command\nphases: [operation]", 4, "title", "tilte"),
                      ("title: Forged dose command\nPhases: [operation]", 5, "phases", "Phases"),
                      ("title: Forged dose command\nphase: [operation]", 5, "phases", "phase")])
    func aMisspeltRequiredFieldIsNamed(rest: String, line: Int, field: String, written: String) throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            \(rest)
            ---
            """))
        #expect(result.map(\.brief) == ["threats/TH-1.md:\(line): missing-field"])
        #expect(result.first?.message.hasSuffix("has no `\(field)`, which is required; `\(written)` looks like a misspelling of it")
                == true, "\(result.map(\.message))")
    }

    @Test func emptyTitleIsMissingAtItsLine() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title:
            phases: [operation]
            ---
            """)
        #expect(result == ["threats/TH-1.md:4: missing-field"])
    }

    @Test(arguments: ["threat", "security-requirement"])
    func absentPhasesIsMissingForTypesThatRequireThem(type: String) throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- items/X-1.md --
            ---
            id: X-1
            type: \(type)
            title: Something with phases
            ---
            """))
        #expect(result.map(\.brief) == ["items/X-1.md:1: missing-field"])
        #expect(result.first?.message.contains("`phases`") == true)
    }

    @Test func emptyPhasesListIsMissingAtItsLine() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: []
            ---
            """)
        #expect(result == ["threats/TH-1.md:5: missing-field"])
    }

    @Test func requirementNeedsNoPhases() throws {
        let result = try errors(in: """
            -- requirements/REQ-1.md --
            ---
            id: REQ-1
            type: requirement
            title: The hub receives dose commands
            ---
            """)
        #expect(result == [])
    }
}
