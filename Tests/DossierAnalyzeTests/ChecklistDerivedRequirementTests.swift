import DossierModel
import DossierTestSupport
import Testing

@Suite struct ChecklistDerivedRequirementTests {
    @Test func securityRequirementWithoutThreatIsChecklistDerived() throws {
        let found = try findings(adding: """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: The portal enforces a password policy
            phases: [operation]
            category: authentication
            source: checklist
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:1: major: [checklist-derived-requirement] SR-9"])
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.2.1") == true)
        #expect(found.first?.message.contains("checklist") == true)
    }

    @Test func emptyThreatsListIsReportedAtItsLine() throws {
        let found = try findings(adding: """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: The portal enforces a password policy
            phases: [operation]
            threats: []
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:6: major: [checklist-derived-requirement] SR-9"])
    }

    @Test func securityRequirementLinkedToAThreatIsDerived() throws {
        let found = try findings(adding: """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: The portal enforces a password policy
            phases: [operation]
            source: checklist
            threats: TH-1
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteSecurityRequirementWithoutThreatRaisesNothing() throws {
        let found = try findings(adding: """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: The portal enforces a password policy
            status: obsolete
            phases: [operation]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """)
        #expect(found.map(\.brief) == [])
    }
}
