import DossierModel
import DossierTestSupport
import Testing

/// A near miss names what was probably meant.
@Suite struct SuggestionTests {
    @Test func anUnknownLinkIDNamesTheClosestID() throws {
        let errors = try ProjectFixture.check(files: CleanProject.with("""
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Dose commands carry a counter
            phases: [operation]
            threats: [TH-01]
            ---
            See [[th-1]].
            """)).diagnostics
        #expect(errors.map(\.message) == [
            "SR-9 refers to TH-01, listed under `threats`, which is not the id of any item; did you mean TH-1?",
            "SR-9 refers to [[th-1]], but no item has the id th-1; did you mean TH-1?",
        ])
    }

    @Test func anUnknownPhaseNamesTheClosestProjectPhase() throws {
        let errors = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Replay
            phases: [operaton]
            ---
            """)
        #expect(errors.first?.message.hasSuffix("(did you mean operation?)") == true)
    }

    /// A misspelt standard phase is blamed in dossier.yml, once, not on
    /// every item that names the real phase.
    @Test func aMisspeltStandardPhaseIsNamedInTheConfiguration() throws {
        let errors = try ProjectFixture.inputErrors(ProjectFixture.configuration(phases: "[installation, operation, maintenance, decomissioning]") + """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Keys left on a returned hub
            phases: [decommissioning]
            ---
            """)
        #expect(errors.map(\.brief) == ["dossier.yml:6: config-invalid"])
        #expect(errors.first?.message.contains("did you mean 'decommissioning'?") == true)
    }

    @Test func aPhaseOfTheProjectsOwnIsNoTypo() throws {
        let errors = try ProjectFixture.inputErrors(ProjectFixture.configuration(phases: "[installation, operation, maintenance, decommissioning, transport]") + """
            """)
        #expect(errors.isEmpty)
    }

    @Test func threatsAreListedInTheNaturalOrderOfTheirIDs() throws {
        var files = CleanProject.files
        for number in [10, 2] {
            files["threats/TH-\(number).md"] = """
                ---
                id: TH-\(number)
                type: threat
                title: Threat \(number)
                phases: [operation]
                treatment: avoid
                ---
                """
        }
        let report = try ProjectFixture.check(files: files)
        let graph = try #require(report.graph)
        #expect(graph.live(.threat).map { graph[$0].id } == ["TH-1", "TH-2", "TH-10"])
        #expect(graph.phaseMatrix(for: .operation).rows.map { graph[$0.threat].id } == ["TH-1", "TH-2", "TH-10"])
    }

    @Test(arguments: [("TM-2", "TM-10", true), ("TM-10", "TM-2", false), ("SR-AUTH-3", "SR-AUTH-12", true),
                      ("TH-002", "TH-2", true), ("A", "A-1", true), ("TH-9", "TH-9", false)])
    func idsSortInNaturalOrder(lhs: String, rhs: String, precedes: Bool) {
        #expect(NaturalOrder.precedes(lhs, rhs) == precedes)
    }
}
