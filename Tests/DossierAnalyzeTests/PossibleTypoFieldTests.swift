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

    /// The minimal dossier.yml with `product` keys added to its one-line
    /// product (line 1) and `document` lines after its id (line 3).
    static func configuration(product: String = "", document: String = "") -> [String: String] {
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.minimalConfiguration
            .replacingOccurrences(of: "version: 1.0.0}", with: "version: 1.0.0\(product)}")
            .replacingOccurrences(of: "  id: DI-TEST-001", with: "  id: DI-TEST-001" + document)
        return files
    }

    /// A misspelt key under `product` or `document` is kept, like a team
    /// key, and named with the key meant.
    @Test func aMisspeltProductOrDocumentKeyIsReported() throws {
        let found = try findings(in: Self.configuration(product: ", intended-use: Dose advice",
                                                        document: "\n  revison: C"))
        #expect(found.map(\.brief) == ["dossier.yml:1: minor: [possible-typo-field] product.intended-use",
                                       "dossier.yml:4: minor: [possible-typo-field] document.revison"])
        #expect(found.first?.message.contains("did you mean `intended_use`?") == true, "\(found.map(\.message))")
        #expect(found.last?.message.contains("did you mean `revision`?") == true)
    }

    /// A team key under `product` far from every key, or near one that is
    /// there, is no typo.
    @Test func aTeamKeyUnderProductIsNoTypo() throws {
        let found = try findings(in: Self.configuration(product: ", intended_use: Dose advice, intended_users: Adults"
                                                            + ", udi: 04012345678901"))
        #expect(found.map(\.brief) == [])
    }
}
