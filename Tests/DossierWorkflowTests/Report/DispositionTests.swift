import DossierTestSupport
import Foundation
import Testing

@Suite("dispositions in dossier.yml")
struct DispositionTests {
    static let disposition = """
        dispositions:
          - rule: unverified-requirement
            item: SR-8
            rationale: Verified by the system test of release 2.5 (test plan TP-88).
            approved_by: J. Lindqvist
            date: 2026-11-20
        """

    /// The clean project with SR-8 left unverified, and `extra` appended to dossier.yml.
    static func project(_ extra: String) throws -> ProjectFixture {
        var files = CleanProject.files
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs.filter { $0 != "SR-8" })
        files["dossier.yml"] = ProjectFixture.minimalConfiguration + "\n" + extra + "\n"
        return try ProjectFixture(files: files)
    }

    @Test func aDispositionedFindingIsListedButDoesNotFail() throws {
        let fixture = try Self.project(Self.disposition)
        defer { fixture.remove() }
        let text = try DossierBinary.run(["check", "--content", fixture.path, "--fail-on", "minor"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.contains("[unverified-requirement] SR-8"))
        #expect(text.stderr.contains("— dispositioned: Verified by the system test of release 2.5 (test plan TP-88). "
                                     + "(approved by J. Lindqvist, 2026-11-20)"))
        #expect(text.stderr.contains("0 major findings, 0 minor findings, 1 dispositioned"))

        let json = try DossierBinary.run(["check", "--content", fixture.path, "--format", "json"])
        #expect(json.stdout.contains("\"dispositioned\": 1"))
        #expect(json.stdout.contains("\"minor\": 0"))
        #expect(json.stdout.contains("""
                  "disposition": {
                    "rationale": "Verified by the system test of release 2.5 (test plan TP-88).",
                    "approved_by": "J. Lindqvist",
                    "date": "2026-11-20"
                  }
            """))
        let sarif = try DossierBinary.run(["check", "--content", fixture.path, "--format", "sarif"])
        #expect(sarif.stdout.contains("\"suppressions\""))
        #expect(sarif.stdout.contains("\"kind\": \"external\""))
        let junit = try DossierBinary.run(["check", "--content", fixture.path, "--format", "junit"])
        #expect(junit.stdout.contains("dispositioned: Verified by the system test"))
        #expect(!junit.stdout.contains("<failure"))
    }

    @Test func withoutTheDispositionTheFindingFails() throws {
        let fixture = try Self.project("")
        defer { fixture.remove() }
        let text = try DossierBinary.run(["check", "--content", fixture.path, "--fail-on", "minor"])
        #expect(text.status == 1)
        #expect(!text.stderr.contains("dispositioned"))
    }

    @Test func aDispositionThatMatchesNoFindingIsStale() throws {
        let fixture = try Self.project(Self.disposition.replacingOccurrences(of: "item: SR-8", with: "item: SR-7"))
        defer { fixture.remove() }
        let text = try DossierBinary.run(["check", "--content", fixture.path, "--fail-on", "never"])
        #expect(text.stderr.contains("dossier.yml:8: minor: [stale-disposition] the disposition of "
                                     + "unverified-requirement for SR-7 matches no finding"), "\(text.stderr)")
        #expect(text.stderr.contains("[unverified-requirement] SR-8"))
        #expect(!text.stderr.contains("— dispositioned"))
    }

    @Test(arguments: [
        ("item: SR-8", "", "this disposition has no `item`"),
        ("rationale: Verified by the system test of release 2.5 (test plan TP-88).", "", "has no `rationale`"),
        ("rule: unverified-requirement", "rule: unverified-requirment", "is not a rule id"),
        ("date: 2026-11-20", "date: 20.11.2026", "must be written as YYYY-MM-DD"),
        // Written right, and no day: the format was never the problem.
        ("date: 2026-11-20", "date: 2026-02-30", "the disposition date '2026-02-30' is no day of the calendar: 2026-02 has 28 days"),
    ])
    func anIncompleteDispositionIsConfigInvalid(old: String, new: String, message: String) throws {
        let fixture = try Self.project(Self.disposition.replacingOccurrences(of: old, with: new))
        defer { fixture.remove() }
        let text = try DossierBinary.run(["check", "--content", fixture.path])
        #expect(text.status == 2)
        #expect(text.stderr.contains("dossier.yml:") && text.stderr.contains("[config-invalid]"))
        #expect(text.stderr.contains(message), "\(text.stderr)")
    }

    @Test func historyNeedsRevisionAndDate() throws {
        let fixture = try ProjectFixture(files: CleanProject.with("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001", with: """
                  id: DI-TEST-001
                  history:
                    - { revision: A, date: 2026-03-02, summary: First release }
                    - { revision: B }
                """))
            """))
        defer { fixture.remove() }
        let text = try DossierBinary.run(["check", "--content", fixture.path])
        #expect(text.status == 2)
        #expect(text.stderr.contains("dossier.yml:6: error: [config-invalid] each history entry needs a `revision` and a `date`"),
                "\(text.stderr)")
    }
}
