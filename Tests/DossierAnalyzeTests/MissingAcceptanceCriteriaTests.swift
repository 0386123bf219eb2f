import DossierModel
import DossierTestSupport
import Testing

@Suite struct MissingAcceptanceCriteriaTests {
    static func requirement(_ line: String, status: String = "draft") -> String {
        """
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: Dose commands carry a counter the hub has not seen
        status: \(status)
        phases: [operation]
        threats: [TH-1]
        \(line)
        ---

        """
    }

    /// At the item's first line, or at the empty field to fill in.
    @Test(arguments: [("tags: []", 1), ("acceptance_criteria:", 8), (#"acceptance_criteria: "   ""#, 8)])
    func securityRequirementWithoutAcceptanceCriteriaIsReported(line: String, at number: Int) throws {
        let found = try findings(adding: Self.requirement(line), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:\(number): minor: [missing-acceptance-criteria] SR-9"])
        #expect(found.first?.message.contains("FDA guidance §V.B.1") == true)
    }

    /// The misspelt field is the line to change.
    @Test func aMisspeltAcceptanceCriteriaFieldIsPointedAt() throws {
        let found = try findings(adding: Self.requirement("acceptance_criterias: A replayed command is rejected."),
                                 verified: ["SR-9"]).filter { $0.rule == .missingAcceptanceCriteria }
        #expect(found.map(\.brief) == ["security/SR-9.md:8: minor: [missing-acceptance-criteria] SR-9"])
        #expect(found.first?.message.hasSuffix("`acceptance_criterias:` on this line looks meant as `acceptance_criteria:`")
                == true)
    }

    @Test func securityRequirementWithAcceptanceCriteriaRaisesNothing() throws {
        let found = try findings(adding: Self.requirement("acceptance_criteria: A replayed command is rejected."),
                                 verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteSecurityRequirementRaisesNothing() throws {
        let found = try findings(adding: Self.requirement("tags: []", status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }
}
