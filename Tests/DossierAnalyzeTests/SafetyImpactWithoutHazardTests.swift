import DossierModel
import DossierTestSupport
import Testing

@Suite struct SafetyImpactWithoutHazardTests {
    /// An accepted threat, so that only the safety rule can speak.
    static func threat(safetyImpact: String, hazards: String = "[]", status: String = "draft") -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Tampered basal rate
        status: \(status)
        phases: [operation]
        assets: [AS-1]
        treatment: accept
        rationale: The pump limits the basal rate in hardware.
        safety_impact: \(safetyImpact)
        hazards: \(hazards)
        risk: medium
        residual_risk: low
        ---

        """
    }

    @Test(arguments: ["true", "yes", "Yes", "True"])
    func threatWithSafetyImpactAndNoHazardIsReportedAtTheSafetyImpactLine(written: String) throws {
        let found = try findings(adding: Self.threat(safetyImpact: written))
        #expect(found.map(\.brief) == ["threats/TH-2.md:10: major: [safety-impact-without-hazard] TH-2"])
        #expect(found.first?.message.contains("ISO 14971") == true)
    }

    @Test func threatWithSafetyImpactLinkedToAHazardRaisesNothing() throws {
        let found = try findings(adding: Self.threat(safetyImpact: "true", hazards: "[HZ-1]"))
        #expect(found.map(\.brief) == [])
    }

    @Test(arguments: ["false", "no"])
    func threatWithoutSafetyImpactNeedsNoHazard(written: String) throws {
        let found = try findings(adding: Self.threat(safetyImpact: written))
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteThreatWithSafetyImpactRaisesNothing() throws {
        let found = try findings(adding: Self.threat(safetyImpact: "true", status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }
}
