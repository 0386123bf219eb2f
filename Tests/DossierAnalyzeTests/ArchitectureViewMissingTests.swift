import DossierModel
import DossierTestSupport
import Testing

/// `architecture-view-missing` (docs/rules.md): each of the four views is
/// shown by a section or justified in dossier.yml.
@Suite struct ArchitectureViewMissingTests {
    /// The clean project with line 5 of its configuration blank, and `lines` after it.
    static func files(configuration lines: String = "", adding text: String = "") -> [String: String] {
        var files = CleanProject.with(text)
        files["dossier.yml"] = ProjectFixture.configurationWithoutViews + "\n" + lines + "\n"
        return files
    }

    static func section(_ id: String, view: String, status: String = "approved") -> String {
        "-- sections/\(id).md --\n---\nid: \(id)\ntype: section\ntitle: \(id)\nstatus: \(status)\nview: \(view)\n---\nText.\n"
    }

    @Test func eachViewWithoutSectionOrJustificationIsAFindingOnTheConfiguration() throws {
        let found = try findings(in: Self.files())
        #expect(found.map(\.brief) == [
            "dossier.yml:1: major: [architecture-view-missing] global-system",
            "dossier.yml:1: major: [architecture-view-missing] multi-patient-harm",
            "dossier.yml:1: major: [architecture-view-missing] security-use-case",
            "dossier.yml:1: major: [architecture-view-missing] updatability-patchability",
        ])
        let global = try #require(found.first)
        #expect(global.message.contains("no section declares `view: global-system`, the global system view"))
        #expect(global.message.contains("(FDA premarket cybersecurity guidance §V.B.2)"))
    }

    @Test func aSectionThatDeclaresTheViewOrAJustificationSatisfiesIt() throws {
        let found = try findings(in: Self.files(
            configuration: "architecture_views_not_applicable:\n  multi-patient-harm: One hub serves one patient.\n"
                + "  security-use-case: Described in the system description.",
            adding: Self.section("ARCH-1", view: "global-system") + Self.section("ARCH-2", view: "updatability-patchability")))
        #expect(found.map(\.brief) == [])
    }

    @Test func anObsoleteSectionOrABlankJustificationDoesNot() throws {
        let found = try findings(in: Self.files(
            configuration: "architecture_views_not_applicable:\n  multi-patient-harm: \"  \"\n"
                + "  security-use-case: Described in the system description.\n  updatability-patchability: No updates.",
            adding: Self.section("ARCH-1", view: "global-system", status: "obsolete")))
        #expect(found.map(\.brief) == [
            "dossier.yml:7: major: [architecture-view-missing] global-system",
            "dossier.yml:7: major: [architecture-view-missing] multi-patient-harm",
        ])
        #expect(found.last?.message.contains("its entry under `architecture_views_not_applicable` is blank") == true)
    }

    @Test func theRuleCanBeTurnedOff() throws {
        let found = try findings(in: Self.files(configuration: "rules:\n  architecture-view-missing: off"))
        #expect(found.map(\.brief) == [])
    }
}
