import DossierModel
import DossierTestSupport
import Testing

@Suite struct UnmitigatedThreatTests {
    static let threat = """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Replayed dose command
        phases: [installation, operation]
        assets: [AS-1]
        risk: medium
        residual_risk: low
        ---

        """

    @Test func threatWithoutSecurityRequirementIsUnmitigatedOnly() throws {
        let found = try findings(adding: Self.threat)
        // Not also threat-phase-not-covered for each of its phases (docs/rules.md);
        // nothing attacked it either, which is its own gap.
        #expect(found.map(\.brief) == ["threats/TH-2.md:1: minor: [mitigation-not-adversarially-tested] TH-2",
                                       "threats/TH-2.md:1: major: [unmitigated-threat] TH-2"])
        #expect(found.first?.message.contains("IEC 81001-5-1") == true)
    }

    @Test func threatMitigatedOnlyByAnObsoleteRequirementIsUnmitigated() throws {
        let found = try findings(adding: Self.threat + """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Dose commands carry a nonce
            status: obsolete
            phases: [installation, operation]
            threats: [TH-2]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """)
        #expect(found.map(\.brief).filter { $0.contains("unmitigated") } == ["threats/TH-2.md:1: major: [unmitigated-threat] TH-2"])
    }

    @Test func threatWithASecurityRequirementIsMitigated() throws {
        let found = try findings(adding: Self.threat + """
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Dose commands carry a nonce
            phases: [installation, operation]
            threats: [TH-2]
            acceptance_criteria: A replayed dose command is rejected.
            ---
            """, verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }

    @Test(arguments: ["accept", "transfer", "avoid"])
    func threatNotTreatedMitigateNeedsNoSecurityRequirement(treatment: String) throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [operation]
            assets: [AS-1]
            treatment: \(treatment)
            rationale: The pump rejects a second command within 15 minutes.
            risk: medium
            residual_risk: low
            ---
            -- labeling/LB-3.md --
            ---
            id: LB-3
            type: labeling
            title: Residual risk of replayed commands
            kind: residual-risk
            threats: [TH-2]
            ---
            """)
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteThreatRaisesNothing() throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            status: obsolete
            phases: [operation]
            safety_impact: true
            risk: medium
            residual_risk: low
            ---
            """)
        #expect(found.map(\.brief) == [])
    }
}
