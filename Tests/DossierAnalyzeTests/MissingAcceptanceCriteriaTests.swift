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

    @Test(arguments: ["tags: []", "acceptance_criteria:", #"acceptance_criteria: "   ""#])
    func securityRequirementWithoutAcceptanceCriteriaIsReported(line: String) throws {
        let found = try findings(adding: Self.requirement(line), verified: ["SR-9"])
        #expect(found.map(\.brief) == ["security/SR-9.md:1: minor: [missing-acceptance-criteria] SR-9"])
        #expect(found.first?.message.contains("FDA guidance §V.B.1") == true)
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
