import DossierLoad
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// What an error says to do, for the mistakes a new user makes first.
@Suite struct ErrorHintTests {
    static func errors(in file: String, _ text: String) throws -> [String] {
        try ProjectFixture.inputErrors("-- \(file) --\n\(text)\n-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
            .map { "\($0.brief): \($0.message)" }
    }

    @Test func aValueASlipAwayFromAnAllowedOneNamesIt() throws {
        let risk = try Self.errors(in: "threats/TH-1.md", "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nrisk: hgh\n---")
        #expect(risk == ["threats/TH-1.md:6: invalid-value: `risk` has the value 'hgh', expected one of the security "
                         + "risk levels: low, medium, high, critical (did you mean high?)"])
        let stride = try Self.errors(in: "threats/TH-1.md",
                                     "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nstride: [spofing]\n---")
        #expect(stride.first?.hasSuffix("(did you mean spoofing?)") == true, "\(stride)")
        let type = try Self.errors(in: "threats/TH-1.md", "---\nid: TH-1\ntype: thret\ntitle: Replay\n---")
        #expect(type.first?.hasSuffix("(did you mean threat?)") == true, "\(type)")
        let far = try Self.errors(in: "threats/TH-1.md", "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nrisk: severe\n---")
        #expect(far.first?.contains("did you mean") == false, "\(far)")
    }

    /// `major` is two edits from `minor`, but it is a finding severity: a
    /// word of one ordered scale is never offered for a word of another.
    @Test func aWordOfAnotherScaleIsNamedForWhatItIs() throws {
        let hazard = try Self.errors(in: "hazards/HZ-1.md", "---\nid: HZ-1\ntype: hazard\ntitle: Overdose\nseverity: major\n---")
        #expect(hazard == ["hazards/HZ-1.md:5: invalid-value: `severity` has the value 'major', expected one of the "
                           + "ISO 14971 severities of harm: negligible, minor, serious, critical, catastrophic "
                           + "('major' is a finding severity, not one of these)"])
        let risk = try Self.errors(in: "threats/TH-1.md",
                                   "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nrisk: Serious\n---")
        #expect(risk.first?.hasSuffix("('Serious' is an ISO 14971 severity of harm, not one of these)") == true, "\(risk)")
        #expect(risk.first?.contains("did you mean") == false)
    }

    /// libyaml's "mapping values are not allowed in this context" becomes
    /// the line as it should be written.
    @Test func aColonInsideAValueSaysToQuoteIt() throws {
        let errors = try Self.errors(in: "threats/TH-1.md", """
            ---
            id: TH-1
            type: threat
            title: Integrity: plan "B" altered
            phases: [operation]
            ---
            """)
        #expect(errors == ["threats/TH-1.md:4: front-matter-invalid: front matter cannot be read: line 4 has `: ` inside "
                           + "the value of `title`, which YAML reads as another key; put the value in quotes: "
                           + #"`title: "Integrity: plan \"B\" altered"`"#])
    }

    @Test func aColonInADossierYMLValueSaysToQuoteIt() throws {
        let errors = try ProjectFixture.inputErrors("-- dossier.yml --\n"
            + ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001",
                                                                       with: "  id: DI-TEST-001\n  title: Security: design inputs"))
        #expect(errors.map(\.brief) == ["dossier.yml:4: config-invalid"])
        #expect(errors.first?.message.hasSuffix(#"put the value in quotes: `  title: "Security: design inputs"`"#) == true,
                "\(errors.map(\.message))")
    }

    /// YAML reads `a, b` without brackets as one value.
    @Test(arguments: [
        ("phases: operation, maintenance", "phases", "write a list: `[operation, maintenance]`"),
        ("phases: [operation]\nstride: Spoofing, tampering", "stride", "write a list: `[spoofing, tampering]`"),
        ("phases: [operation]\nassets: AS-1, AS-2", "assets", "write a list: `[AS-1, AS-2]`"),
    ])
    func aListWithoutBracketsSaysToWriteAList(fields: String, field: String, hint: String) throws {
        let errors = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Replay
            \(fields)
            ---
            -- assets/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose log
            ---
            -- assets/AS-2.md --
            ---
            id: AS-2
            type: asset
            title: Pump keys
            ---
            """))
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("`\(field)`") == true, "\(errors.map(\.message))")
        #expect(errors.first?.message.contains(hint) == true, "\(errors.map(\.message))")
    }

    @Test func aPhaseListWithoutBracketsInDossierYMLSaysToWriteAList() throws {
        let errors = try ProjectFixture.inputErrors(ProjectFixture.configuration(phases: "operation, maintenance"))
        #expect(errors.map(\.brief) == ["dossier.yml:6: config-invalid"])
        #expect(errors.first?.message.hasSuffix("write a list: `[operation, maintenance]`") == true, "\(errors.map(\.message))")
    }

    /// Threat-modelling tools write STRIDE as words with capitals and spaces.
    @Test(arguments: [("Denial of Service", "denial-of-service"), ("Elevation of Privileges", "elevation-of-privilege"),
                      ("Information_Disclosure", "information-disclosure")])
    func aStrideCategoryAsToolsWriteItNamesTheValue(written: String, meant: String) throws {
        let errors = try Self.errors(in: "threats/TH-1.md",
                                     "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nstride: [\(written)]\n---")
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("(did you mean \(meant)?)") == true, "\(errors)")
    }

    @Test func aMonthThatDoesNotExistIsNamed() throws {
        let errors = try ProjectFixture.inputErrors("-- dossier.yml --\n"
            + ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001",
                                                                       with: "  id: DI-TEST-001\n  date: 2026-14-03"))
        #expect(errors.map(\.message) == ["`document.date` '2026-14-03' names month 14, which does not exist "
                                           + "(the order is YYYY-MM-DD: 2026-03-14?)"])
        let component = try Self.errors(in: "components/CMP-1.md", """
            ---
            id: CMP-1
            type: component
            title: HTTP client
            name: requests
            support: maintained
            end_of_support: 2027-13-40
            ---
            """)
        #expect(component.first?.hasSuffix("names month 13, which does not exist (the order is YYYY-MM-DD)") == true,
                "\(component)")
    }

    @Test func anEmptyFileAndAFileOfNotesSayWhatTheyLack() throws {
        let empty = try Self.errors(in: "threats/TH-1.md", "")
        #expect(empty == ["threats/TH-1.md:1: front-matter-invalid: front matter cannot be read: the file is empty; a design "
                          + "input starts with a `---` line, then its front matter, a second `---` line and its text"])
        let notes = try Self.errors(in: "notes.md", "# Meeting notes\n\nTo do.")
        #expect(notes.first?.hasSuffix("every `.md` file under the content folder is read as a design input, "
                                       + "so notes belong outside it") == true, "\(notes)")
    }

    /// `dossier check` run outside a project: it says how to name one or start one.
    @Test func aMissingContentFolderSaysHowToNameOrStartOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-project-\(UUID().uuidString)")
        let errors = ContentLoader().load(from: folder).errors
        #expect(errors.map(\.code) == ["config-invalid"])
        #expect(errors.first?.message.hasSuffix("name the folder of your design inputs with --content, "
                                                + "or start a project with `dossier init`") == true)
    }

    /// The location names the line; the byte was counted from the file's start.
    @Test func aByteThatIsNotUTF8IsCountedInItsLine() throws {
        let fixture = try ProjectFixture(files: ["dossier.yml": ProjectFixture.minimalConfiguration])
        defer { fixture.remove() }
        try fixture.write("threats/TH-1.md", data: Data("---\nid: TH-1\ntitle: R".utf8) + Data([0xE9]) + Data("play\n---\n".utf8))
        #expect(fixture.inputErrors().map { "\($0.brief): \($0.message)" }
                == ["threats/TH-1.md:3: unreadable-file: threats/TH-1.md is not UTF-8 text: invalid byte sequence at "
                    + "byte 9 of the line; save the file as UTF-8"])
    }
}
