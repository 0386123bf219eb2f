import DossierModel
import DossierTestSupport
import Testing

@Suite struct ComponentNotDocumentedTests {
    static let allButRequests = SBOMProject.flaskAppPackages.filter { $0 != "requests" }

    @Test func aRealSBOMFullyDocumentedIsClean() throws {
        let found = try findings(in: SBOMProject.files())
        #expect(found.map(\.brief) == [])
    }

    @Test func anSBOMComponentWithoutAnItemIsReportedAtTheSBOMFile() throws {
        let found = try findings(in: SBOMProject.files(documenting: Self.allButRequests))
        #expect(found.map(\.brief) == ["sbom/app.cdx.json:1: major: [component-not-documented] pkg:pypi/requests@2.32.3"])
        #expect(found.first?.message.contains("IEC 62304 §8.1.2") == true)
    }

    @Test func aVersionedPurlOfAnotherVersionDocumentsNothing() throws {
        let found = try findings(in: SBOMProject.files(documenting: Self.allButRequests, adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:pypi/requests@2.31.0"))
            """))
        #expect(found.map(\.brief) == ["sbom/app.cdx.json:1: major: [component-not-documented] pkg:pypi/requests@2.32.3"])
    }

    @Test func theSameVersionDocumentsIt() throws {
        let found = try findings(in: SBOMProject.files(documenting: Self.allButRequests, adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:pypi/requests@2.32.3?extra=socks"))
            """))
        #expect(found.map(\.brief) == [])
    }

    @Test func aNameDocumentsItWithoutRegardToCase() throws {
        let found = try findings(in: SBOMProject.files(documenting: Self.allButRequests, adding: """
            -- components/CMP-99.md --
            ---
            id: CMP-99
            type: component
            title: HTTP client
            name: Requests
            support: community
            end_of_support: 2028-01-01
            software_category: maintained
            ---
            """))
        #expect(found.map(\.brief) == [])
    }

    @Test func anObsoleteItemDocumentsNothing() throws {
        let found = try findings(in: SBOMProject.files(documenting: Self.allButRequests, adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:pypi/requests", fields: "status: obsolete\n"))
            """))
        #expect(found.map(\.subject) == ["pkg:pypi/requests@2.32.3"])
    }

    @Test func spdxPackagesAreComponentsButWhatTheDocumentDescribesIsNot() throws {
        let packages = SBOMProject.flaskAppPackages.filter { !["pip", "setuptools", "idna"].contains($0) }
        let found = try findings(in: SBOMProject.files(sbom: [("sbom/hub.spdx.json", "hub-updater.spdx.json")],
                                                       documenting: packages))
        #expect(found.map(\.brief) == ["sbom/hub.spdx.json:1: major: [component-not-documented] pkg:pypi/idna@3.20"])
    }

    @Test func aComponentItemThatMatchesNothingRaisesNothing() throws {
        let found = try findings(in: SBOMProject.files(adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:generic/zephyr-rtos@3.6.0"))
            """))
        #expect(found.map(\.brief) == [])
    }
}
