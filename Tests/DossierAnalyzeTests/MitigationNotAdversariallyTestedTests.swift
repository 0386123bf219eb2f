import DossierModel
import DossierTestSupport
import Testing

@Suite struct MitigationNotAdversariallyTestedTests {
    /// TH-2, mitigated by SR-9, which VER-2 verifies; VER-2's kind decides.
    static func project(kind: String, risk: String = "medium", safetyImpact: Bool = false,
                        attacks: Bool = false, result: String = "pass") -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Replayed dose command
        phases: [operation]
        assets: [AS-1]
        risk: \(risk)
        residual_risk: low
        safety_impact: \(safetyImpact)
        hazards: [HZ-1]
        ---
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: Dose commands carry a counter the hub has not seen
        phases: [operation]
        threats: [TH-2]
        acceptance_criteria: A replayed command is rejected.
        ---
        -- verification/VER-2.md --
        ---
        id: VER-2
        type: verification
        title: Replay test of the pump link
        kind: \(kind)
        result: \(result)
        verifies: [SR-9]
        \(attacks ? "threats: [TH-2]" : "")
        ---

        """
    }

    static let brief = "threats/TH-2.md:1: %@: [mitigation-not-adversarially-tested] TH-2"

    @Test(arguments: ["requirement-test", "static-analysis", "code-review"])
    func threatWhoseRequirementsOnlyNonAdversarialChecksVerifyIsReported(kind: String) throws {
        let found = try findings(adding: Self.project(kind: kind))
        #expect(found.map(\.brief) == ["threats/TH-2.md:1: minor: [mitigation-not-adversarially-tested] TH-2"])
        #expect(found.first?.message.contains("SR-9") == true)
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.7.2–5.7.4") == true)
    }

    @Test(arguments: ["threat-mitigation", "penetration", "fuzz", "vulnerability-scan"])
    func anAdversarialTestOfOneOfItsSecurityRequirementsReachesTheThreat(kind: String) throws {
        let found = try findings(adding: Self.project(kind: kind))
        #expect(found.map(\.brief) == [])
    }

    /// VER-2 attacks TH-2 and verifies nothing; a requirement test verifies SR-9.
    static func direct(status: String = "draft") -> String {
        project(kind: "penetration", attacks: true)
            .replacingOccurrences(of: "verifies: [SR-9]\n", with: "status: \(status)\n") + """
            -- verification/VER-3.md --
            ---
            id: VER-3
            type: verification
            title: Counter check
            result: pass
            verifies: [SR-9]
            ---

            """
    }

    @Test func anAdversarialTestNamingTheThreatReachesIt() throws {
        let found = try findings(adding: Self.direct())
        #expect(found.map(\.brief) == [])
    }

    @Test func aFailedAdversarialTestStillCountsAndIsReportedAsFailed() throws {
        let found = try findings(adding: Self.project(kind: "fuzz", result: "fail"))
        // Reached, so no gap here; the failure also contradicts TH-2's acceptable residual risk.
        #expect(found.map(\.rule) == [.residualRiskContradicted, .failedVerification])
    }

    @Test(arguments: [("high", false), ("critical", false), ("low", true)])
    func safetyImpactOrHighRiskMakesTheGapMajor(risk: String, safetyImpact: Bool) throws {
        let found = try findings(adding: Self.project(kind: "requirement-test", risk: risk, safetyImpact: safetyImpact))
        #expect(found.map(\.brief) == ["threats/TH-2.md:1: major: [mitigation-not-adversarially-tested] TH-2"])
        #expect(found.first?.message.contains(safetyImpact ? "safety impact" : "risk is \(risk)") == true)
    }

    @Test(arguments: ["minor", "major"])
    func aRulesEntrySetsBothCasesToTheSeverityItNames(severity: String) throws {
        let found = try findings(adding: Self.project(kind: "requirement-test", risk: "high")
            + Self.project(kind: "requirement-test").replacingOccurrences(of: "TH-2", with: "TH-3")
                .replacingOccurrences(of: "SR-9", with: "SR-10").replacingOccurrences(of: "VER-2", with: "VER-3")
            + configuration(adding: "rules: {mitigation-not-adversarially-tested: \(severity)}"))
        #expect(found.map(\.brief) == [
            "threats/TH-2.md:1: \(severity): [mitigation-not-adversarially-tested] TH-2",
            "threats/TH-3.md:1: \(severity): [mitigation-not-adversarially-tested] TH-3",
        ])
    }

    @Test func threatNotTreatedMitigateNeedsNoAdversarialTest() throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [operation]
            assets: [AS-1]
            treatment: avoid
            ---
            """)
        #expect(found.map(\.brief) == [])
    }

    @Test func anObsoleteAdversarialTestReachesNothing() throws {
        let found = try findings(adding: Self.direct(status: "obsolete"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:1: minor: [mitigation-not-adversarially-tested] TH-2"])
    }
}
