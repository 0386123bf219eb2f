import DossierModel
import DossierTestSupport
import Testing

@Suite struct ObsoleteReferenceTests {
    static let obsoleteAsset = """
        -- assets/AS-2.md --
        ---
        id: AS-2
        type: asset
        title: Legacy Bluetooth pairing keys
        status: obsolete
        ---

        """

    static func threat(status: String) -> String {
        """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Pairing key extraction
        status: \(status)
        phases: [operation]
        treatment: avoid
        assets:
          - AS-1
          - AS-2
        risk: medium
        residual_risk: low
        ---

        """
    }

    @Test func liveItemLinkingToAnObsoleteOneIsReportedAtTheLink() throws {
        let found = try findings(adding: Self.obsoleteAsset + Self.threat(status: "reviewed"))
        #expect(found.map(\.brief) == ["threats/TH-2.md:10: minor: [obsolete-reference] TH-2"])
        #expect(found.first?.message.contains("AS-2") == true)
        #expect(found.first?.message.contains("obsolete") == true)
    }

    @Test func obsoleteItemLinkingToAnObsoleteOneRaisesNothing() throws {
        let found = try findings(adding: Self.obsoleteAsset + Self.threat(status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }

    @Test func verificationOfAnObsoleteRequirementIsReported() throws {
        let found = try findings(adding: """
            -- requirements/REQ-2.md --
            ---
            id: REQ-2
            type: requirement
            title: The app shows the last ten doses
            status: obsolete
            ---
            """, verified: ["REQ-2"])
        #expect(found.map(\.brief) == ["verification/VER-1.md:7: minor: [obsolete-reference] VER-1"])
    }
}
