import DossierLoad
import DossierModel
import DossierParse
import DossierTestSupport
import Testing

@Suite struct ConfigurationErrorTests {
    @Test func missingConfigurationIsConfigInvalid() throws {
        let result = try ProjectFixture.inputErrors("""
            -- assets/AS-1.md --
            ---
            id: AS-1
            type: asset
            title: Dose history
            ---
            """)
        #expect(result.map(\.brief) == ["dossier.yml:1: config-invalid"])
    }

    @Test func unknownTopLevelKeyIsConfigInvalidAtItsLine() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            rule:
              unverified-requirement: major
            """)
        #expect(result.map(\.brief) == ["dossier.yml:7: config-invalid"])
        #expect(result.first?.message.hasPrefix("unknown key `rule` in dossier.yml (did you mean rules?); the keys are:") == true)
    }

    /// Written right, naming no day: the format was never the problem.
    @Test func aDocumentDateThatIsNoDaySaysSo() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n  date: 2026-02-30"))
            """)
        #expect(result.map(\.message) == ["`document.date` '2026-02-30' is no day of the calendar: 2026-02 has 28 days"])
    }

    @Test func aMisspeltRuleIDSaysWhichOneAndWhereTheListIs() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            rules:
              unverified-requirment: major
            """)
        #expect(result.map(\.message) == ["`unverified-requirment` under `rules` is not a rule id (did you mean "
                                          + "unverified-requirement?); `dossier explain --list` lists the rules"])
    }

    @Test func missingProductNameIsConfigInvalid() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            product:
              version: 1.0.0
            document:
              id: DI-TEST-001
            """)
        #expect(result.map(\.brief) == ["dossier.yml:1: config-invalid"])
        #expect(result.first?.message.contains("product.name") == true)
    }

    @Test func missingDocumentIDIsConfigInvalid() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            product:
              name: Test Infusion Hub
              version: 1.0.0
            document:
              title: Security Design Input Dossier
            """)
        #expect(result.map(\.brief) == ["dossier.yml:4: config-invalid"])
        #expect(result.first?.message.contains("document.id") == true)
    }

    @Test func yamlSyntaxErrorInConfigurationIsConfigInvalid() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            product:
              name: Test Infusion Hub
              version: [1.0.0
            document:
              id: DI-TEST-001
            """)
        #expect(result.map(\.code) == ["config-invalid"])
        #expect(result.first?.location.file == "dossier.yml")
    }

    @Test func configurationThatIsNotAMappingIsConfigInvalid() throws {
        let result = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            - product
            - document
            """)
        #expect(result.map(\.brief) == ["dossier.yml:1: config-invalid"])
    }

    @Test func unknownKeysUnderProductAreKept() throws {
        let fixture = try ProjectFixture("""
            -- dossier.yml --
            product:
              name: Test Infusion Hub
              version: 1.0.0
              udi_di: "04012345678901"
            document:
              id: DI-TEST-001
            """)
        defer { fixture.remove() }
        let parsed = ProjectParser().parse(ContentLoader().load(from: fixture.url))
        #expect(parsed.errors == [])
        #expect(parsed.configuration?.product.extraFields
            == [NamedValue(name: "udi_di", value: .text("04012345678901"), line: 4)])
    }

    @Test func itemErrorsAreReportedEvenWithoutAConfiguration() throws {
        let result = try ProjectFixture.inputErrors("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            ---
            """)
        #expect(result.map(\.brief) == ["dossier.yml:1: config-invalid", "threats/TH-1.md:1: missing-field"])
    }
}
