import DossierLoad
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// One typo, one error: an item whose file has an error is still known by
/// its id, so links to it raise nothing more, and the cause comes first.
@Suite struct OneCauseTests {
    static let linking = """
        -- security/SR-1.md --
        ---
        id: SR-1
        type: security-requirement
        title: Dose commands carry a counter
        phases: [operation]
        threats: [TH-1]
        ---
        Mitigates [[TH-1]]; see [the threat](../threats/TH-1.md).

        """

    static func threat(_ frontMatter: String) -> String {
        "-- threats/TH-1.md --\n---\n\(frontMatter)\n"
    }

    @Test(arguments: [
        ("id: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\nrisk: hgh\n---", "threats/TH-1.md:6: invalid-value"),
        ("id: TH-1\ntype: threat\ntitle: Replay\nphases:\n\t- operation\n---", "threats/TH-1.md:6: front-matter-invalid"),
        ("id: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\n", "threats/TH-1.md:1: front-matter-invalid"),
        ("id: TH-1\ntype: thret\ntitle: Replay\n---", "threats/TH-1.md:3: unknown-type"),
        // A title that is a list is not text; it is not reported missing too.
        ("id: TH-1\ntype: threat\ntitle: [Replay, Forgery]\nphases: [operation]\n---", "threats/TH-1.md:4: invalid-value"),
        // The id line itself broke: the file's name says which item it is.
        ("id TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\n---", "threats/TH-1.md:2: front-matter-invalid"),
        ("id: TH 1\ntype: threat\ntitle: Replay\nphases: [operation]\n---", "threats/TH-1.md:2: invalid-value"),
        ("type: threat\ntitle: Replay\nphases: [operation]\n---", "threats/TH-1.md:1: missing-field"),
    ])
    func anItemWithAnErrorIsStillKnownByItsID(frontMatter: String, cause: String) throws {
        let errors = try ProjectFixture.inputErrors(Self.linking + Self.threat(frontMatter)
                                                    + "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(errors.map(\.brief) == [cause])
    }

    @Test func aFileThatIsNotUTF8IsStillKnownByItsID() throws {
        let fixture = try ProjectFixture(files: ProjectFixture.files(in: Self.linking + """
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            """))
        defer { fixture.remove() }
        let latin1 = "---\nid: TH-1\ntype: threat\ntitle: R\u{E9}play\nphases: [operation]\n---\n"
        let folder = fixture.url.appendingPathComponent("threats", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try latin1.data(using: .isoLatin1)!.write(to: folder.appendingPathComponent("TH-1.md"))
        #expect(fixture.inputErrors().map(\.brief) == ["threats/TH-1.md:4: unreadable-file"])
    }

    /// An item saved as `.MD` is refused for its name; links to it are not dangling.
    @Test func anItemInAnUpperCaseMDFileIsStillKnownByItsName() throws {
        // The relative link to `TH-1.md` names a file that is not there: the rename fixes both.
        let linking = Self.linking.replacingOccurrences(of: "; see [the threat](../threats/TH-1.md)", with: "")
        let errors = try ProjectFixture.inputErrors(
            linking + "-- threats/TH-1.MD --\n---\nid: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\n---\n"
                + "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(errors.map(\.brief) == ["threats/TH-1.MD:1: unreadable-file"])
    }

    /// A file over the size limit is never read; links to it are not dangling.
    @Test func aFileTooLargeToReadIsStillKnownByItsName() throws {
        let errors = try ProjectFixture.inputErrors(
            Self.linking + Self.threat("id: TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\n---\n"
                                       + String(repeating: "x", count: 2 << 20))
                + "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n",
            limits: LoadLimits(maximumFileSize: 1 << 20))
        #expect(errors.map(\.brief) == ["threats/TH-1.md:1: unreadable-file"])
    }

    /// libyaml blames the line after a key without its colon.
    @Test(arguments: [
        ("id: TH-1\ntype: threat\ntitle Replay\nphases: [operation]\n---", 4, "title Replay"),
        ("id TH-1\ntype: threat\ntitle: Replay\nphases: [operation]\n---", 2, "id TH-1"),
    ])
    func aKeyWithoutItsColonIsNamed(frontMatter: String, line: Int, text: String) throws {
        let errors = try ProjectFixture.inputErrors(Self.threat(frontMatter)
                                                    + "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(errors.map(\.message) == ["front matter cannot be read: line \(line) (`\(text)`) has no `:` after its key; "
                                          + "write it as `key: value`"])
    }

    @Test func aTabInTheIndentationIsNamed() throws {
        let errors = try ProjectFixture.inputErrors(Self.threat("id: TH-1\ntype: threat\ntitle: Replay\nphases:\n\t- operation\n---")
                                                    + "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(errors.map(\.message) == ["front matter cannot be read: line 6 is indented with a tab; YAML indents with spaces"])
    }

    @Test func configurationErrorsComeBeforeWhatFollowsFromThem() throws {
        let report = try ProjectFixture.check(ProjectFixture.configuration(phases: "[installation, operation, maintenance, decommissioning]") + """
            polices: {}
            -- assets/AS-1.md --
            ---
            id: AS-1
            type: asset
            ---
            """)
        #expect(report.diagnostics.map(\.location.file) == ["dossier.yml", "assets/AS-1.md"])
    }

    @Test func itemPhasesAreNotJudgedWhileTheProjectsPhasesCannotBeRead() throws {
        let errors = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            product:
              name: Test Infusion Hub
            document:
              id: DI-TEST-001
            phases: [installation, operation, servicing]
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Replay
            phases: [servicing]
            ---
            """)
        #expect(errors.map(\.brief) == ["dossier.yml:1: config-invalid"])
    }
}
