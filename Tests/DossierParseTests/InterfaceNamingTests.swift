import DossierModel
import DossierTestSupport
import Testing

/// Naming an interface by id or by folded title, and the errors when a name
/// finds none, two, or an item of another type.
@Suite struct InterfaceNamingTests {
    static let inventory = """
        -- interfaces/IF-1.md --
        ---
        id: IF-1
        type: interface
        title: USB Service  Port
        kind: physical-port
        exposure: physical
        ---
        -- interfaces/IF-2.md --
        ---
        id: IF-2
        type: interface
        title: Cloud API
        kind: cloud-api
        ---

        """

    static func threat(naming names: String) -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Tampering through a port
        phases: [operation]
        treatment: avoid
        assets: [AS-1]
        interfaces:
          - \(names)
        ---

        """
    }

    private func errors(_ text: String) throws -> [InputError] {
        try ProjectFixture.check(files: CleanProject.with(Self.inventory + text)).errors
    }

    @Test(arguments: ["IF-1", "usb service port", "  USB   SERVICE port "])
    func nameResolvesByIdOrFoldedTitle(name: String) throws {
        let report = try ProjectFixture.check(files: CleanProject.with(Self.inventory + Self.threat(naming: "\"\(name)\"")))
        #expect(report.errors.map(\.brief) == [])
    }

    @Test func unknownNameWithAnInventoryIsDanglingAtTheValue() throws {
        let found = try errors(Self.threat(naming: "Cloud APl"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:9: dangling-reference"])
        #expect(found.first?.message.contains("did you mean Cloud API?") == true)
    }

    @Test func nameOfTwoInterfacesIsInvalid() throws {
        let clash = """
            -- interfaces/IF-3.md --
            ---
            id: IF-3
            type: interface
            title: cloud  api
            kind: cloud-api
            ---

            """
        let found = try errors(clash + Self.threat(naming: "Cloud API"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:9: invalid-value"])
        #expect(found.first?.message.contains("IF-2 and IF-3") == true)
    }

    @Test func idOfAnotherTypeIsTheWrongType() throws {
        let found = try errors(Self.threat(naming: "AS-1"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:9: wrong-reference-type"])
    }

    @Test func withoutAnInventoryNamesStayLabels() throws {
        let report = try ProjectFixture.check(files: CleanProject.with(Self.threat(naming: "Anything at all")))
        #expect(report.errors.map(\.brief) == [])
    }

    @Test(arguments: ["kind: radio", "kind: wireless\nexposure: remote"])
    func kindAndExposureOutsideTheirListsAreInvalid(fields: String) throws {
        let found = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            -- interfaces/IF-9.md --
            ---
            id: IF-9
            type: interface
            title: Radio
            \(fields)
            ---
            """)
        #expect(found.map(\.code) == ["invalid-value"])
        #expect(found.first?.message.contains("wireless, wired, network") == true
                || found.first?.message.contains("physical, local, adjacent, network, internet") == true)
    }

    @Test func interfaceWithoutKindIsMissingAField() throws {
        let found = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            -- interfaces/IF-9.md --
            ---
            id: IF-9
            type: interface
            title: Radio
            ---
            """)
        #expect(found.map(\.brief) == ["interfaces/IF-9.md:1: missing-field"])
    }

    @Test func acceptableLevelOutsideTheFourIsConfigInvalid() throws {
        let found = try ProjectFixture.inputErrors("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            risk_method:
              name: CVSS 3.1
              acceptable: [low, moderate]
            """)
        #expect(found.map(\.code) == ["config-invalid"])
        #expect(found.first?.message.contains("'moderate'") == true)
        #expect(found.first?.message.contains("low, medium, high, critical") == true)
    }
}
