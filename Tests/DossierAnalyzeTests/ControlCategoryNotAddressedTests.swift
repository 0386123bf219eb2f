import DossierModel
import DossierTestSupport
import Testing

@Suite struct ControlCategoryNotAddressedTests {
    /// SR-8, the updatability requirement, recategorised: nothing addresses updatability.
    static let noUpdatability = """
        -- security/SR-8.md --
        ---
        id: SR-8
        type: security-requirement
        title: Dose commands are signed
        phases: [installation, operation, maintenance, decommissioning]
        category: integrity
        threats: [TH-1]
        acceptance_criteria: A replayed dose command is rejected.
        ---

        """

    @Test func categoryWithoutSecurityRequirementIsReportedOnTheConfiguration() throws {
        let found = try findings(adding: Self.noUpdatability)
        #expect(found.map(\.brief) == ["dossier.yml:1: minor: [control-category-not-addressed] updatability"])
        #expect(found.first?.message.contains("FDA premarket cybersecurity guidance") == true)
    }

    @Test func categoryJustifiedInTheConfigurationRaisesNothing() throws {
        let found = try findings(adding: Self.noUpdatability + configuration(adding: """
            control_categories_not_applicable:
              updatability: The hub is replaced as a whole unit; it has no field update.
            """))
        #expect(found.map(\.brief) == [])
    }

    @Test func findingPointsAtTheJustificationsWhenThereAreSome() throws {
        let found = try findings(adding: Self.noUpdatability + configuration(adding: """
            control_categories_not_applicable:
              logging: Logging is addressed by SR-6 anyway.
            """))
        #expect(found.map(\.brief) == ["dossier.yml:7: minor: [control-category-not-addressed] updatability"])
    }

    @Test func obsoleteSecurityRequirementAddressesNoCategory() throws {
        var files = CleanProject.files
        files["security/SR-8.md"] = files["security/SR-8.md"]!
            .replacingOccurrences(of: "category: updatability", with: "category: updatability\nstatus: obsolete")
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs.filter { $0 != "SR-8" })
        let found = try findings(in: files)
        #expect(found.map(\.brief) == ["dossier.yml:1: minor: [control-category-not-addressed] updatability"])
    }

    @Test func unknownCategoryInTheConfigurationIsConfigInvalid() throws {
        let report = try ProjectFixture.check(files: CleanProject.with(configuration(adding: """
            control_categories_not_applicable:
              patching: Not field-updatable.
            """)))
        #expect(report.errors.map(\.brief) == ["dossier.yml:8: config-invalid"])
    }

    @Test func justificationThatIsEmptyIsConfigInvalid() throws {
        let report = try ProjectFixture.check(files: CleanProject.with(configuration(adding: """
            control_categories_not_applicable:
              updatability: ""
            """)))
        #expect(report.errors.map(\.brief) == ["dossier.yml:8: config-invalid"])
    }
}
