import DossierModel
import DossierTestSupport
import Testing

/// TH-1 of the clean project is scored high → low (acceptable) and mitigated
/// by SR-1 … SR-8; a failed test of it or of them contradicts that level.
@Suite struct ResidualRiskContradictedTests {
    static func verification(result: String = "fail", kind: String = "penetration", links: String,
                             status: String = "draft") -> String {
        """
        -- verification/VER-2.md --
        ---
        id: VER-2
        type: verification
        title: Penetration test of the dose path
        status: \(status)
        kind: \(kind)
        result: \(result)
        \(links)
        ---

        """
    }

    @Test func aFailedPenetrationTestOfTheThreatContradictsItsAcceptableResidualRisk() throws {
        let found = try findings(adding: Self.verification(links: "threats: [TH-1]"))
        #expect(found.map(\.brief) == ["threats/TH-1.md:8: major: [residual-risk-contradicted] TH-1",
                                       "verification/VER-2.md:7: major: [failed-verification] VER-2"])
        let message = try #require(found.first?.message)
        #expect(message.contains("acceptable residual risk low, but VER-2 failed"))
        #expect(message.contains("ISO 14971 §7.4; IEC 81001-5-1 §7.4"))
    }

    @Test func aFailedTestOfOneOfItsSecurityRequirementsContradictsItToo() throws {
        let found = try findings(adding: Self.verification(kind: "requirement-test", links: "verifies: [SR-2]"))
        #expect(found.filter { $0.rule == .residualRiskContradicted }.map(\.subject) == ["TH-1"])
    }

    @Test func aResidualRiskAcceptedWithARationaleIsNotContradicted() throws {
        let threat = try #require(CleanProject.files["threats/TH-1.md"])
            .replacingOccurrences(of: "residual_risk: low", with: "residual_risk: medium\nrationale: Accepted by the risk board.")
        let found = try findings(adding: Self.verification(links: "threats: [TH-1]") + "-- threats/TH-1.md --\n" + threat)
        #expect(found.map(\.rule) == [.failedVerification])
    }

    @Test func aFailedTestOfAnotherRequirementOrAnObsoleteOneContradictsNothing() throws {
        let other = try findings(adding: Self.verification(kind: "requirement-test", links: "verifies: [REQ-1]"))
        #expect(other.map(\.rule) == [.failedVerification])
        let obsolete = try findings(adding: Self.verification(links: "threats: [TH-1]", status: "obsolete"))
        #expect(obsolete.map(\.brief) == [])
    }
}
