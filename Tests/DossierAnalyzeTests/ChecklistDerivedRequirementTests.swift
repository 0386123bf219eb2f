import DossierModel
import DossierTestSupport
import Testing

@Suite struct ChecklistDerivedRequirementTests {
    /// SR-9 with `fields` between its phases and its acceptance criteria.
    static func requirement(_ fields: String) -> String {
        """
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: The portal enforces a password policy
        phases: [operation]
        \(fields)
        acceptance_criteria: A replayed dose command is rejected.
        ---
        """
    }

    @Test func securityRequirementWithoutThreatIsChecklistDerived() throws {
        let found = try findings(adding: Self.requirement("category: authentication\nsource: checklist"), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:1: major: [checklist-derived-requirement] SR-9"])
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.2.1") == true)
        #expect(found.first?.message.contains("checklist") == true)
    }

    @Test func emptyThreatsListIsReportedAtItsLine() throws {
        let found = try findings(adding: Self.requirement("threats: []"), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:6: major: [checklist-derived-requirement] SR-9"])
    }

    /// `threat:` for `threats:`: the major finding was reported at line 1
    /// and never named the slip, which only a minor finding mentioned.
    @Test func aMisspeltThreatsFieldIsWhereTheFindingPoints() throws {
        let found = try findings(adding: Self.requirement("threat: [TH-1]"), verified: ["SR-9"])
        let derived = try #require(found.first { $0.rule == .checklistDerivedRequirement })
        #expect(derived.brief == "security/SR-9.md:6: major: [checklist-derived-requirement] SR-9")
        #expect(derived.message.hasSuffix("; `threat:` on this line looks meant as `threats:`"))
        #expect(derived.remedy == "rename `threat:` to `threats:`")
    }

    @Test func securityRequirementLinkedToAThreatIsDerived() throws {
        let found = try findings(adding: Self.requirement("source: checklist\nthreats: TH-1"), verified: ["SR-9"])
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
