import DossierModel
import DossierTestSupport
import Testing

/// The attack-surface rules: every interface threat-modelled, every reachable
/// one protected, and an inventory once threats name interfaces.
@Suite struct InterfaceRulesTests {
    static func interface(_ id: String = "IF-1", title: String = "Hub  Wi-Fi", exposure: String = "adjacent",
                          inUse: String = "true", status: String = "draft") -> String {
        """
        -- interfaces/\(id).md --
        ---
        id: \(id)
        type: interface
        title: \(title)
        status: \(status)
        kind: wireless
        exposure: \(exposure)
        in_use: \(inUse)
        ---

        """
    }

    /// A threat avoided by design, so it needs no security requirement of its own.
    static func threat(naming names: String, status: String = "draft") -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Eavesdropping on the hub's radio
        status: \(status)
        phases: [operation]
        treatment: avoid
        interfaces: [\(names)]
        assets: [AS-1]
        ---

        """
    }

    static func securityRequirement(protecting names: String) -> String {
        """
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: The hub joins only WPA3-Personal networks
        phases: [operation]
        threats: [TH-1]
        interfaces: [\(names)]
        acceptance_criteria: A connection without WPA3 is refused.
        ---

        """
    }

    /// The findings of the clean project with `text` added, but for
    /// `no-sbom`, which a network interface raises and NoSBOMTests covers.
    static func interfaceFindings(adding text: String) throws -> [Finding] {
        try findings(adding: text).filter { $0.rule != .noSBOM }
    }

    @Test func interfaceNamedByNoThreatIsNotThreatModeled() throws {
        let found = try findings(adding: Self.interface(inUse: "false"), verified: [])
        #expect(found.map(\.brief) == ["interfaces/IF-1.md:1: major: [interface-not-threat-modeled] IF-1"])
        #expect(found.first?.message.contains("Appendix 2") == true)
        #expect(found.first?.message.contains("not in use") == true)
    }

    @Test func interfaceNamedOnlyByAnObsoleteThreatIsNotThreatModeled() throws {
        let found = try findings(adding: Self.interface(exposure: "physical") + Self.threat(naming: "IF-1", status: "obsolete"))
        #expect(found.map(\.rule) == [.interfaceNotThreatModeled])
    }

    @Test func interfaceNamedByAThreatByItsFoldedTitleIsThreatModeled() throws {
        let found = try findings(adding: Self.interface(exposure: "physical") + Self.threat(naming: "\"  hub wi-fi \""))
        #expect(found.map(\.brief) == [])
    }

    @Test(arguments: ["adjacent", "network", "internet"])
    func reachableInterfaceInUseWithoutSecurityRequirementIsUnsecured(exposure: String) throws {
        let found = try Self.interfaceFindings(adding: Self.interface(exposure: exposure) + Self.threat(naming: "IF-1"))
        #expect(found.map(\.brief) == ["interfaces/IF-1.md:7: major: [unsecured-interface] IF-1"])
        #expect(found.first?.message.contains("FDA premarket cybersecurity guidance, Appendix 1") == true)
    }

    @Test func interfaceWithDefaultExposureIsReachable() throws {
        let text = Self.interface().replacingOccurrences(of: "exposure: adjacent\n", with: "")
        let found = try Self.interfaceFindings(adding: text + Self.threat(naming: "IF-1"))
        #expect(found.map(\.brief) == ["interfaces/IF-1.md:1: major: [unsecured-interface] IF-1"])
    }

    @Test(arguments: [("local", "true"), ("physical", "true"), ("internet", "false"), ("adjacent", "no")])
    func localOrUnusedInterfaceNeedsNoSecurityRequirement(exposure: String, inUse: String) throws {
        let found = try Self.interfaceFindings(adding: Self.interface(exposure: exposure, inUse: inUse)
                                         + Self.threat(naming: "IF-1"))
        #expect(found.map(\.brief) == [])
    }

    @Test func interfaceProtectedByASecurityRequirementIsSecured() throws {
        let found = try findings(adding: Self.interface() + Self.threat(naming: "IF-1")
                                    + Self.securityRequirement(protecting: "Hub Wi-Fi"), verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }

    @Test func threatsNamingInterfacesWithoutAnInventoryGetOneSetLevelFinding() throws {
        let found = try findings(adding: Self.threat(naming: "Hub Wi-Fi, Cloud API"))
        #expect(found.map(\.brief) == ["dossier.yml:1: minor: [no-interface-inventory] interfaces"])
        #expect(found.first?.message.contains("1 threat names interfaces") == true)
    }

    @Test func anInventoryOrNoNamedInterfaceNeedsNoInventoryFinding() throws {
        #expect(try findings(in: CleanProject.files).map(\.brief) == [])
        let withInventory = try findings(adding: Self.interface(exposure: "local") + Self.threat(naming: "Hub Wi-Fi"))
        #expect(withInventory.map(\.brief) == [])
    }

    @Test func requirementNamingAnInterfaceIsSecurityRelevant() throws {
        let requirement = """
            -- requirements/REQ-2.md --
            ---
            id: REQ-2
            type: requirement
            title: The hub uploads the dose history to the cloud
            interfaces: [Cloud API]
            ---

            """
        let found = try findings(adding: requirement, verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:5: major: [unsecured-functional-requirement] REQ-2"])
        #expect(found.first?.message.contains("names Cloud API, so it is security-relevant") == true)
    }
}
