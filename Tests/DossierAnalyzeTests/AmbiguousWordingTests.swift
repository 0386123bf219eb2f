import DossierModel
import DossierTestSupport
import Testing

@Suite struct AmbiguousWordingTests {
    static func requirement(title: String = "The app shows the last ten doses", status: String = "draft",
                            body: String) -> String {
        """
        -- requirements/REQ-2.md --
        ---
        id: REQ-2
        type: requirement
        title: \(title)
        status: \(status)
        ---
        \(body)

        """
    }

    @Test(arguments: ["user-friendly", "appropriate", "etc.", "and/or", "if possible", "adequate", "sufficient", "robust",
                      "strong", "where possible", "reasonably practicable", "as needed", "state of the art", "TBD"])
    func everyUnverifiablePhraseInABodyIsReportedAtItsLine(phrase: String) throws {
        let found = try findings(adding: Self.requirement(body: "The list is sorted.\n\nThe app is \(phrase) here."),
                                 verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:9: minor: [ambiguous-wording] REQ-2"])
        #expect(found.first?.message.contains("\"\(phrase)\"") == true)
        #expect(found.first?.message.contains("ISO 13485 §7.3.3") == true)
    }

    /// Whole words only: "strong" is not in "stronger", "TBD" not in "TBDX".
    @Test(arguments: ["inadequate", "stronger", "robustness", "insufficient", "headstrong", "TBDs", "inappropriate",
                      "state of the artist", "non-robust"])
    func aWordThatOnlyContainsAPhraseIsNotAmbiguous(word: String) throws {
        let found = try findings(adding: Self.requirement(body: "The app is \(word) here."), verified: ["REQ-2"])
        #expect(found.map(\.brief) == [])
    }

    @Test func aPhraseBetweenPunctuationIsAWholeWord() throws {
        let found = try findings(adding: Self.requirement(body: "Limits: (TBD), strong."), verified: ["REQ-2"])
        #expect(Set(found.map(\.message)) == [
            "REQ-2 says \"strong\", which cannot be verified (ISO 13485 §7.3.3; IEC 81001-5-1 §5.2.2)",
            "REQ-2 says \"TBD\", which cannot be verified (ISO 13485 §7.3.3; IEC 81001-5-1 §5.2.2)",
        ])
    }

    @Test func phraseIsMatchedAcrossALineBreakAndInAnyCase() throws {
        let found = try findings(adding: Self.requirement(body: """
            The app retries the upload Where
            Possible after a network error.
            """), verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:7: minor: [ambiguous-wording] REQ-2"])
        #expect(found.first?.message.contains("\"where possible\"") == true)
    }

    @Test func phraseInTheTitleIsReportedAtTheTitleLine() throws {
        let found = try findings(adding: Self.requirement(title: "A User-Friendly dose history", body: "Plain text."),
                                 verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:4: minor: [ambiguous-wording] REQ-2"])
    }

    @Test func securityRequirementWordingIsChecked() throws {
        let found = try findings(adding: """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Keys are stored with adequate protection
            phases: [operation]
            threats: [TH-1]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:4: minor: [ambiguous-wording] SR-9"])
    }

    @Test func phrasesInCodeAreNotWording() throws {
        let found = try findings(adding: Self.requirement(body: """
            The parser rejects the literal `etc.` and `and/or` tokens.

            ```
            retry as appropriate
            ```
            """), verified: ["REQ-2"])
        #expect(found.map(\.brief) == [])
    }

    @Test func phraseAfterTheSameWordsInCodeIsReportedAtTheProseLine() throws {
        let found = try findings(adding: Self.requirement(body: """
            The setting is called `as appropriate` in the old firmware.

            The app retries the upload as appropriate.
            """), verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:9: minor: [ambiguous-wording] REQ-2"])
    }

    @Test func phraseIsReportedWhereItStartsNotAtAnEarlierLineWithTheSameLetters() throws {
        let found = try findings(adding: Self.requirement(body: """
            The hub has a retry counter.
            It retries the upload
            as appropriate.
            """), verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:9: minor: [ambiguous-wording] REQ-2"])
    }

    @Test func obsoleteRequirementWordingIsNotChecked() throws {
        let found = try findings(adding: Self.requirement(status: "obsolete", body: "Retries as appropriate, etc."))
        #expect(found.map(\.brief) == [])
    }

    @Test func wordingOfOtherItemTypesIsNotChecked() throws {
        let found = try findings(adding: """
            -- hazards/HZ-2.md --
            ---
            id: HZ-2
            type: hazard
            title: Inadequate dose, etc.
            ---
            A user-friendly hazard and/or another.
            """)
        #expect(found.map(\.brief) == [])
    }

    @Test func phraseInATableCellIsReportedAtItsRow() throws {
        let found = try findings(adding: Self.requirement(body: """
            | Condition | Response |
            |---|---|
            | upload fails | the app retries |
            | network lost | the app alerts the user if possible |
            """), verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:10: minor: [ambiguous-wording] REQ-2"])
    }
}
