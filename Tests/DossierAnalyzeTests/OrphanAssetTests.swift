import DossierModel
import DossierTestSupport
import Testing

@Suite struct OrphanAssetTests {
    static func asset(status: String = "draft") -> String {
        """
        -- assets/AS-2.md --
        ---
        id: AS-2
        type: asset
        title: Clinician portal sessions
        status: \(status)
        ---

        """
    }

    @Test func assetThatNoThreatLinksToIsAnOrphan() throws {
        let found = try findings(adding: Self.asset())
        #expect(found.map(\.brief) == ["assets/AS-2.md:1: minor: [orphan-asset] AS-2"])
        #expect(found.first?.message.contains("IEC 81001-5-1") == true)
    }

    @Test func assetLinkedOnlyByAnObsoleteThreatIsAnOrphan() throws {
        let found = try findings(adding: Self.asset() + """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Session hijacking
            status: obsolete
            phases: [operation]
            assets: [AS-2]
            risk: medium
            residual_risk: low
            ---
            """)
        #expect(found.map(\.brief) == ["assets/AS-2.md:1: minor: [orphan-asset] AS-2"])
    }

    @Test func assetLinkedOnlyByAComponentIsAnOrphan() throws {
        let found = try findings(adding: Self.asset() + """
            -- components/CMP-1.md --
            ---
            id: CMP-1
            type: component
            title: TLS library
            name: mbedtls
            support: maintained
            end_of_support: 2030-01-01
            software_category: maintained
            assets: [AS-2]
            ---
            """)
        #expect(found.map(\.brief) == ["assets/AS-2.md:1: minor: [orphan-asset] AS-2"])
    }

    @Test func obsoleteAssetIsNoOrphan() throws {
        let found = try findings(adding: Self.asset(status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }
}
