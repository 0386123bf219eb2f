import DossierModel
import DossierTestSupport
import Testing

@Suite struct PossibleTypoFieldTests {
    static func requirement(_ field: String) -> String {
        """
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: Dose commands carry a counter
        phases: [installation, operation, maintenance, decommissioning]
        threats: [TH-1]
        \(field)
        acceptance_criteria: A replayed dose command is rejected.
        ---

        """
    }

    @Test func aFieldOneEditFromAKnownOneIsReported() throws {
        let found = try findings(adding: Self.requirement("refine: [REQ-1]"), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:7: minor: [possible-typo-field] SR-9"])
        #expect(found.first?.message.contains("did you mean `refines`?") == true)
    }

    @Test func aLongFieldTwoEditsFromAKnownLongOneIsReported() throws {
        let found = try findings(adding: Self.requirement("referneces: [IEC 62443]"), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:7: minor: [possible-typo-field] SR-9"])
    }

    /// `owner` is two edits from `order`, and both are short: a team field.
    @Test func aShortFieldTwoEditsAwayIsATeamField() throws {
        let found = try findings(adding: """
            -- sections/01-scope.md --
            ---
            id: SEC-1
            type: section
            title: Scope
            order: 1
            owner: Platform team
            ---
            """)
        #expect(found.map(\.brief) == [])
    }

    /// A field the item already has is not what a near name meant.
    @Test func aNearNameOfAFieldTheItemHasIsATeamField() throws {
        let found = try findings(adding: Self.requirement("threat: [TH-1]"), verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }
}
