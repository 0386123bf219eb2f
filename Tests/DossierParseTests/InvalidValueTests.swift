import DossierModel
import DossierTestSupport
import Testing

@Suite struct InvalidValueTests {
    @Test func unknownTypeIsReportedAtTheTypeLine() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: risk
            title: Forged dose command
            ---
            """))
        #expect(result.map(\.brief) == ["threats/TH-1.md:3: unknown-type"])
        #expect(result.first?.message.contains("'risk'") == true)
    }

    @Test func phaseNotInTheProjectIsInvalidAtItsListEntry() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases:
              - operation
              - shipping
            ---
            """)
        #expect(result == ["threats/TH-1.md:7: invalid-value"])
    }

    @Test func unknownStrideWordIsInvalid() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            stride: [spoofing, snooping]
            ---
            """)
        #expect(result == ["threats/TH-1.md:6: invalid-value"])
    }

    @Test func unknownHarmSeverityIsInvalid() throws {
        let result = try errors(in: """
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            severity: deadly
            ---
            """)
        #expect(result == ["hazards/HZ-1.md:5: invalid-value"])
    }

    @Test func unknownRiskTreatmentAndStatusAreInvalid() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            status: final
            phases: [operation]
            treatment: ignore
            ---
            """)
        #expect(result == ["threats/TH-1.md:5: invalid-value", "threats/TH-1.md:7: invalid-value"])
    }

    @Test func wordThatIsNotABooleanIsInvalid() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            safety_impact: maybe
            ---
            """))
        #expect(result.map(\.brief) == ["threats/TH-1.md:6: invalid-value"])
        #expect(result.first?.message.contains("'maybe'") == true)
    }

    @Test(arguments: ["7-up", "TH 1", "-TH-1", "TH/1", "TÜV-1"])
    func malformedIDIsInvalidAtTheIDLine(id: String) throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: "\(id)"
            type: asset
            title: Dose history
            ---
            """)
        #expect(result == ["threats/TH-1.md:2: invalid-value"])
    }

    @Test(arguments: ["TH-007", "SR-AUTH-3", "req_1.2", "a"])
    func wellFormedIDIsAccepted(id: String) throws {
        let result = try errors(in: """
            -- assets/a.md --
            ---
            id: \(id)
            type: asset
            title: Dose history
            ---
            """)
        #expect(result == [])
    }
}
