import DossierModel
import DossierTestSupport
import Testing

@Suite struct ThreatWithoutAssetTests {
    static func threat(assets: String) -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Jamming of the home Wi-Fi
        phases: [operation]
        treatment: accept
        rationale: The pump keeps delivering basal insulin offline.
        \(assets)
        risk: medium
        residual_risk: low
        ---

        """
    }

    @Test func threatWithoutAssetIsReported() throws {
        let found = try findings(adding: Self.threat(assets: ""))
        #expect(found.map(\.brief) == ["threats/TH-2.md:1: minor: [threat-without-asset] TH-2"])
        #expect(found.first?.message.contains("IEC 81001-5-1") == true)
    }

    @Test func aMisspeltAssetsFieldIsWhereTheFindingPoints() throws {
        let found = try findings(adding: Self.threat(assets: "asset: [AS-1]"))
        let finding = try #require(found.first { $0.rule == .threatWithoutAsset })
        #expect(finding.brief == "threats/TH-2.md:8: minor: [threat-without-asset] TH-2")
        #expect(finding.remedy == "rename `asset:` to `assets:`")
    }

    @Test func threatWithAnAssetRaisesNothing() throws {
        let found = try findings(adding: Self.threat(assets: "assets: AS-1"))
        #expect(found.map(\.brief) == [])
    }
}
