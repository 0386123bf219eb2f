import DossierModel
import DossierTestSupport
import Testing

@Suite struct PhaseWithoutSecurityRequirementsTests {
    static let transportPhase = """
        -- dossier.yml --
        product:
          name: Test Infusion Hub
          version: 1.0.0
        document:
          id: DI-TEST-001
        phases: [installation, operation, maintenance, decommissioning, transport]
        threat_model: {methodology: STRIDE per element, not_applicable_sources: \(ProjectFixture.sourcesNotApplicable)}
        \(ProjectFixture.viewsNotApplicable)
        """

    @Test func phaseWithoutSecurityRequirementIsReportedAtThePhasesKey() throws {
        let found = try findings(adding: Self.transportPhase)
        #expect(found.map(\.brief) == ["dossier.yml:6: major: [phase-without-security-requirements] transport"])
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.2.1") == true)
        #expect(found.first?.message.contains("transport") == true)
    }

    @Test func obsoleteSecurityRequirementGivesAPhaseNoCoverage() throws {
        let found = try findings(adding: Self.transportPhase + """

            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Shipping crates are sealed
            status: obsolete
            phases: [transport]
            threats: [TH-1]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """)
        #expect(found.map(\.brief) == ["dossier.yml:6: major: [phase-without-security-requirements] transport"])
    }

    @Test func oneLiveSecurityRequirementCoversAPhase() throws {
        let found = try findings(adding: Self.transportPhase + """

            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Hubs ship with the debug port fused off
            phases: [transport]
            threats: [TH-1]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }

    @Test func everyStandardPhaseIsCheckedWhenNoneIsCovered() throws {
        let found = try findings(in: ProjectFixture.files(in: """
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            """))
        #expect(found.filter { $0.rule == .phaseWithoutSecurityRequirements }.map(\.subject)
            == ["decommissioning", "installation", "maintenance", "operation"])
    }
}
