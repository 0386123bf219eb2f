import DossierModel
import DossierTestSupport
import Testing

/// `rules:` in dossier.yml re-severities a rule or silences it (docs/format.md, "dossier.yml").
@Suite struct SeverityPolicyTests {
    static let unverifiedRequirement = """
        -- requirements/REQ-2.md --
        ---
        id: REQ-2
        type: requirement
        title: The app shows the last ten doses
        ---

        """

    @Test func ruleSetToMajorIsRaisedAsMajor() throws {
        let found = try findings(adding: Self.unverifiedRequirement + configuration(adding: """
            rules:
              unverified-requirement: major
            """))
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:1: major: [unverified-requirement] REQ-2"])
    }

    @Test func flowStyleRulesMappingIsRead() throws {
        let found = try findings(adding: Self.unverifiedRequirement
            + configuration(adding: "rules: {unverified-requirement: major}"))
        #expect(found.map(\.severity) == [.major])
    }

    @Test func majorRuleSetToMinorIsRaisedAsMinor() throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [operation]
            assets: [AS-1]
            risk: medium
            residual_risk: low
            ---
            """ + "\n" + configuration(adding: "rules: {unmitigated-threat: minor}"))
        #expect(found.map(\.brief).filter { $0.contains("unmitigated") } == ["threats/TH-2.md:1: minor: [unmitigated-threat] TH-2"])
    }

    @Test func ruleSetOffIsSilenced() throws {
        let found = try findings(adding: Self.unverifiedRequirement + configuration(adding: """
            rules:
              unverified-requirement: off
            """))
        #expect(found.map(\.brief) == [])
    }

    @Test func unknownRuleKeyIsConfigInvalidAtItsLine() throws {
        let report = try ProjectFixture.check(files: CleanProject.with(configuration(adding: """
            rules:
              unverified-requirements: major
            """)))
        #expect(report.errors.map(\.brief) == ["dossier.yml:8: config-invalid"])
        #expect(report.errors.first?.message.contains("unverified-requirements") == true)
        #expect(report.findings.isEmpty)
    }

    @Test func unknownSeverityIsConfigInvalid() throws {
        let report = try ProjectFixture.check(files: CleanProject.with(configuration(adding: """
            rules:
              unverified-requirement: fatal
            """)))
        #expect(report.errors.map(\.brief) == ["dossier.yml:8: config-invalid"])
    }
}
