import DossierModel
import DossierTestSupport
import Testing

@Suite struct UnsecuredFunctionalRequirementTests {
    static func requirement(securityRelevant: String) -> String {
        """
        -- requirements/REQ-2.md --
        ---
        id: REQ-2
        type: requirement
        title: The hub uploads the dose history to the cloud
        security_relevant: \(securityRelevant)
        ---

        """
    }

    @Test(arguments: ["true", "yes", "Yes", "TRUE"])
    func securityRelevantRequirementWithoutSecurityRequirementIsUnsecured(written: String) throws {
        let found = try findings(adding: Self.requirement(securityRelevant: written), verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:5: major: [unsecured-functional-requirement] REQ-2"])
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.2.1") == true)
    }

    @Test(arguments: ["false", "no"])
    func requirementThatIsNotSecurityRelevantNeedsNoSecurityRequirement(written: String) throws {
        let found = try findings(adding: Self.requirement(securityRelevant: written), verified: ["REQ-2"])
        #expect(found.map(\.brief) == [])
    }

    @Test func requirementRefinedOnlyByAnObsoleteSecurityRequirementIsUnsecured() throws {
        let found = try findings(adding: Self.requirement(securityRelevant: "true") + """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Uploads use TLS 1.2
            status: obsolete
            phases: [operation]
            threats: [TH-1]
            refines: [REQ-2]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:5: major: [unsecured-functional-requirement] REQ-2"])
    }

    @Test func requirementRefinedByASecurityRequirementIsSecured() throws {
        let found = try findings(adding: Self.requirement(securityRelevant: "true") + """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Uploads use TLS 1.3 with certificate pinning
            phases: [operation]
            threats: [TH-1]
            refines: [REQ-2]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["REQ-2", "SR-9"])
        #expect(found.map(\.brief) == [])
    }
}
