import DossierModel
import DossierTestSupport
import Testing

@Suite struct RiskAcceptanceWithoutRationaleTests {
    static func threat(treatment: String, rationale: String? = nil) -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Jamming of the home Wi-Fi
        phases: [operation]
        assets: [AS-1]
        treatment: \(treatment)
        \(rationale.map { "rationale: \($0)" } ?? "stride: [denial-of-service]")
        risk: medium
        residual_risk: low
        ---
        -- labeling/LB-3.md --
        ---
        id: LB-3
        type: labeling
        title: Keep the pump within reach of the hub
        kind: residual-risk
        threats: [TH-2]
        ---

        """
    }

    @Test(arguments: ["accept", "transfer"])
    func acceptedOrTransferredThreatWithoutRationaleIsReportedAtTheTreatment(treatment: String) throws {
        let found = try findings(adding: Self.threat(treatment: treatment))
        #expect(found.map(\.brief) == ["threats/TH-2.md:7: major: [risk-acceptance-without-rationale] TH-2"])
        #expect(found.first?.message.contains("IEC 81001-5-1 §7.3") == true)
    }

    @Test func blankRationaleIsNoRationale() throws {
        let found = try findings(adding: Self.threat(treatment: "accept", rationale: #""  ""#))
        #expect(found.map(\.brief) == ["threats/TH-2.md:7: major: [risk-acceptance-without-rationale] TH-2"])
    }

    @Test(arguments: ["accept", "transfer"])
    func acceptedOrTransferredThreatWithRationaleRaisesNothing(treatment: String) throws {
        let found = try findings(adding: Self.threat(treatment: treatment,
                                                     rationale: "The pump keeps delivering basal insulin offline."))
        #expect(found.map(\.brief) == [])
    }

    @Test func avoidedThreatNeedsNoRationale() throws {
        let found = try findings(adding: Self.threat(treatment: "avoid"))
        #expect(found.map(\.brief) == [])
    }
}
