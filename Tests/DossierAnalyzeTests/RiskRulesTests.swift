import DossierModel
import DossierTestSupport
import Testing

/// Scoring and acceptance of security risk: before and after controls, and
/// the residual risk against the project's acceptance criteria.
@Suite struct RiskRulesTests {
    static func threat(_ scores: String, treatment: String = "mitigate", rationale: String? = nil) -> String {
        """
        -- threats/TH-1.md --
        ---
        id: TH-1
        type: threat
        title: Forged dose command
        phases: [installation, operation, maintenance, decommissioning]
        treatment: \(treatment)
        \(scores)
        \(rationale.map { "rationale: \($0)" } ?? "")
        safety_impact: true
        assets: [AS-1]
        hazards: [HZ-1]
        ---

        """
    }

    @Test(arguments: ["risk: high", "residual_risk: low", ""])
    func mitigatedThreatWithoutBothScoresIsNotScored(scores: String) throws {
        let found = try findings(adding: Self.threat(scores))
        #expect(found.map(\.rule) == [.threatNotScored])
        #expect(found.first?.message.contains("§V.A.2") == true)
    }

    @Test(arguments: ["accept", "transfer", "avoid"])
    func threatNotMitigatedNeedsNoScores(treatment: String) throws {
        let found = try findings(adding: Self.threat("", treatment: treatment, rationale: "Benefit outweighs it."))
        #expect(!found.map(\.rule).contains(.threatNotScored))
    }

    @Test func residualRiskOutsideTheAcceptableLevelsWithoutRationaleIsNotAcceptable() throws {
        let found = try findings(adding: Self.threat("risk: high\nresidual_risk: medium"))
        #expect(found.map(\.brief) == ["threats/TH-1.md:8: major: [residual-risk-not-acceptable] TH-1"])
        #expect(found.first?.message.contains("ISO 14971 §7.4") == true)
    }

    @Test func blankRationaleCountsAsNone() throws {
        let found = try findings(adding: Self.threat("risk: high\nresidual_risk: medium", rationale: "\"   \""))
        #expect(found.map(\.rule) == [.residualRiskNotAcceptable])
    }

    @Test func residualRiskWithRationaleOrWithinTheAcceptableLevelsIsAcceptable() throws {
        let withRationale = try findings(adding: Self.threat("risk: high\nresidual_risk: medium",
                                                             rationale: "The benefit of remote dosing outweighs it."))
        #expect(withRationale.map(\.brief) == [])
        let files = CleanProject.with(Self.threat("risk: high\nresidual_risk: medium"))
            .merging(ProjectFixture.files(in: configuration(adding: "risk_method:\n  acceptable: [low, medium]"))) { $1 }
        #expect(try findings(in: files).map(\.brief) == [])
    }

    @Test func residualRiskAboveTheInitialRiskIsFlagged() throws {
        let found = try findings(adding: Self.threat("risk: low\nresidual_risk: medium",
                                                     rationale: "Accepted for the pilot."))
        #expect(found.map(\.brief) == ["threats/TH-1.md:8: minor: [residual-risk-above-initial] TH-1"])
    }

    @Test func residualRiskEqualToTheInitialRiskIsNotFlagged() throws {
        let found = try findings(adding: Self.threat("risk: low\nresidual_risk: low"))
        #expect(found.map(\.brief) == [])
    }
}
