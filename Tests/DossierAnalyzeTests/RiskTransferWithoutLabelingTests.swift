import DossierModel
import DossierTestSupport
import Testing

@Suite struct RiskTransferWithoutLabelingTests {
    static func threat(treatment: String = "transfer") -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: The home Wi-Fi network is open
        phases: [installation]
        assets: [AS-1]
        treatment: \(treatment)
        rationale: The home network is the patient's; the IFU tells them how to secure it.
        ---

        """
    }

    static func labeling(status: String = "draft") -> String {
        """
        -- labeling/LB-3.md --
        ---
        id: LB-3
        type: labeling
        title: Secure the home Wi-Fi network before pairing the hub
        status: \(status)
        kind: security-configuration
        threats: [TH-2]
        ---

        """
    }

    @Test func transferredThreatThatNoLabelingDisclosesIsReportedAtTheTreatment() throws {
        let found = try findings(adding: Self.threat())
        #expect(found.map(\.brief) == ["threats/TH-2.md:7: major: [risk-transfer-without-labeling] TH-2"])
        #expect(found.first?.message.contains("MDCG 2019-16 §3.6") == true)
    }

    @Test func transferredThreatDisclosedInALabelingItemRaisesNothing() throws {
        let found = try findings(adding: Self.threat() + Self.labeling())
        #expect(found.map(\.brief) == [])
    }

    @Test func anObsoleteLabelingItemDisclosesNothing() throws {
        let found = try findings(adding: Self.threat() + Self.labeling(status: "obsolete"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:7: major: [risk-transfer-without-labeling] TH-2"])
    }

    @Test func acceptedThreatNeedsNoLabeling() throws {
        let found = try findings(adding: Self.threat(treatment: "accept"))
        #expect(found.map(\.brief) == [])
    }
}
