import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct ReferenceErrorTests {
    static let asset = """
        -- assets/AS-1.md --
        ---
        id: AS-1
        type: asset
        title: Dose history
        ---

        """

    @Test func duplicateIDIsReportedAtTheSecondFileAndNamesTheFirst() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- a/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose history
            ---
            -- b/AS-1.md --
            ---
            type: asset
            id: AS-1
            title: Dose history, copied
            ---
            """))
        #expect(result.map(\.brief) == ["b/AS-1.md:3: duplicate-id"])
        #expect(result.first?.message.contains("a/AS-1.md:2") == true)
        #expect(result.first?.subject == "AS-1")
    }

    /// AS-1.md copied to AS-2.md and its id left as it was: links to AS-2
    /// dangled, each with "did you mean AS-1?", three errors for one slip.
    @Test func aCopiedFileWhoseIDWasNotChangedIsOneError() throws {
        let result = try ProjectFixture.inputErrors(project(Self.asset + """
            -- assets/AS-2.md --
            ---
            id: AS-1
            type: asset
            title: Therapy settings
            ---
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            assets: [AS-2]
            ---
            See [[AS-2]].
            """))
        #expect(result.map(\.brief) == ["assets/AS-2.md:2: duplicate-id"])
        #expect(result.first?.message.hasSuffix("; the file's name says AS-2") == true, "\(result)")
    }

    @Test func linkFieldToUnknownIDIsDanglingAtItsLine() throws {
        let result = try ProjectFixture.inputErrors(project(Self.asset + """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            assets:
              - AS-1
              - AS-9
            ---
            """))
        #expect(result.map(\.brief) == ["threats/TH-1.md:8: dangling-reference"])
        #expect(result.first?.message.contains("AS-9") == true)
    }

    /// The nearest id is no guess when the same list already names it.
    @Test func noGuessNamesAnIDTheListAlreadyHas() throws {
        let result = try ProjectFixture.inputErrors(project(Self.asset + ReferenceFixture.threat(linking: "assets: [AS-1, AS-2]")))
        #expect(result.map(\.brief) == ["threats/TH-1.md:6: dangling-reference"])
        #expect(result.first?.message.contains("did you mean") == false, "\(result.map(\.message))")
    }

    /// Two ids written as one value, and the body's `[[ID]]` written in
    /// front matter: each says how a list is written.
    @Test(arguments: [
        ("assets: AS-1, AS-2", "dangling-reference", "write a list: `[AS-1, AS-2]`"),
        ("assets: [[AS-1]]", "invalid-value", "`[[ID]]` links an item from the body, front matter lists ids as `[TH-001, TH-002]`"),
        (#"assets: "[[AS-1]]""#, "dangling-reference", "`[[ID]]` links an item from the body, front matter lists the id alone: `AS-1`"),
    ])
    func aListWrittenWrongSaysHowToWriteIt(line: String, code: String, hint: String) throws {
        let secondAsset = Self.asset.replacingOccurrences(of: "AS-1", with: "AS-2")
        let threat = ReferenceFixture.threat(linking: line)
        let result = try ProjectFixture.inputErrors(project(Self.asset + secondAsset + threat))
        #expect(result.map(\.brief) == ["threats/TH-1.md:6: \(code)"])
        #expect(result.first?.message.hasSuffix(hint) == true, "\(result.map(\.message))")
    }

    @Test func inlineReferenceToUnknownIDIsDanglingAtItsBodyLine() throws {
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            Too much insulin.

            See [[HZ-9]] for the
            related hazard, and [[HZ-1]] itself.
            """)
        #expect(result == ["hazards/HZ-1.md:8: dangling-reference"])
    }

    @Test func inlineReferenceAfterALineBreakIsReportedAtItsOwnLine() throws {
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            Too much insulin is delivered when
            the pump *trusts
            [[HZ-9]]* without a check.
            """)
        #expect(result == ["hazards/HZ-1.md:8: dangling-reference"])
    }

    @Test func inlineReferenceAfterAMultiLineCodeSpanIsReportedAtItsOwnLine() throws {
        // cmark folds the line break inside a code span into a space and
        // leaves no soft-break node, so counting soft breaks alone falls short.
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            Set `max_bolus
            = 0` and see [[HZ-9]].
            """)
        #expect(result == ["hazards/HZ-1.md:7: dangling-reference"])
    }

    @Test func everyFileThatRepeatsAnIDIsReported() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- a/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose history
            ---
            -- b/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose history, copied
            ---
            -- c/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose history, copied again
            ---
            """))
        #expect(result.map(\.brief) == ["b/AS-1.md:2: duplicate-id", "c/AS-1.md:2: duplicate-id"])
        #expect(result.allSatisfy { $0.message.contains("a/AS-1.md") })
    }

    @Test func relativeLinkToMissingFileIsDangling() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            The data flow is drawn in
            [the diagram](../diagrams/flow.svg).
            """))
        #expect(result.map(\.brief) == ["hazards/HZ-1.md:7: dangling-reference"])
        #expect(result.first?.message.contains("diagrams/flow.svg") == true)
    }

    @Test func relativeLinkOutOfTheContentFolderIsDanglingEvenWhenTheFileExists() throws {
        let fixture = try ProjectFixture(project("""
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            See [the notes](../../notes.md).
            """))
        defer { fixture.remove() }
        try fixture.writeOutside("notes.md", "---\nid: N-1\ntype: section\ntitle: Notes\n---\n")
        let result = fixture.inputErrors()
        #expect(result.map(\.brief) == ["hazards/HZ-1.md:6: dangling-reference"])
        #expect(result.first?.message.contains("outside the content folder") == true)
    }

    @Test func absolutePathLinkIsDangling() throws {
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            ![host](/etc/hostname)
            """)
        #expect(result == ["hazards/HZ-1.md:6: dangling-reference"])
    }

    @Test func linksToExistingFilesItemsAndOtherSitesAreNotErrors() throws {
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            ![flow](../diagrams/flow.svg), [the hazard itself](HZ-1.md#top),
            [the standard](https://www.iso.org/standard/72704.html), [mail](mailto:a@b.example)
            and [this page](#harm).
            -- diagrams/flow.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """)
        #expect(result == [])
    }

    @Test func linkToAnItemOfTheWrongTypeIsReportedAtItsLine() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- requirements/REQ-1.md --
            ---
            id: REQ-1
            type: requirement
            title: The hub receives dose commands
            ---
            -- security/SR-1.md --
            ---
            id: SR-1
            type: security-requirement
            title: Dose commands are authenticated
            phases: [operation]
            threats: [REQ-1]
            ---
            """))
        #expect(result.map(\.brief) == ["security/SR-1.md:6: wrong-reference-type"])
        #expect(result.first?.message.contains("REQ-1 is a requirement") == true)
    }
}

enum ReferenceFixture {
    /// The threat every reference test links from, with one more line.
    static func threat(linking line: String) -> String {
        ["-- threats/TH-1.md --", "---", "id: TH-1", "type: threat", "title: Forged dose command",
         "phases: [operation]", line, "---"].joined(separator: "\n") + "\n"
    }
}
