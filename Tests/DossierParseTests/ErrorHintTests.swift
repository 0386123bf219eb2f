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
        #expect(risk == ["threats/TH-1.md:6: invalid-value: `risk` has the value 'hgh', expected one of: low, medium, "
                         + "high, critical (did you mean high?)"])
        let stride = try Self.errors(in: "threats/TH-1.md",
                                     "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nstride: [spofing]\n---")
        #expect(stride.first?.hasSuffix("(did you mean spoofing?)") == true, "\(stride)")
        let type = try Self.errors(in: "threats/TH-1.md", "---\nid: TH-1\ntype: thret\ntitle: Replay\n---")
        #expect(type.first?.hasSuffix("(did you mean threat?)") == true, "\(type)")
        let far = try Self.errors(in: "threats/TH-1.md", "---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nrisk: severe\n---")
        #expect(far.first?.contains("did you mean") == false, "\(far)")
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
