import DossierModel
import DossierPipeline
import DossierTestSupport
import Testing

@Suite struct ComponentSupportUnknownTests {
    static func project(support: String, endOfSupport: String?) throws -> [String: String] {
        let packages = SBOMProject.flaskAppPackages.filter { $0 != "flask" }
        return try SBOMProject.files(documenting: packages, adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:pypi/Flask", support: support, endOfSupport: endOfSupport))
            """)
    }

    @Test func unknownSupportIsReported() throws {
        let found = try findings(in: Self.project(support: "unknown", endOfSupport: "2030-01-01"))
        #expect(found.map(\.brief) == ["components/CMP-99.md:6: major: [component-support-unknown] CMP-99"])
        #expect(found.first?.message.contains("§524B(b)(3)") == true)
    }

    @Test func communitySupportWithoutAnEndIsReported() throws {
        let found = try findings(in: Self.project(support: "community", endOfSupport: nil))
        #expect(found.map(\.brief) == ["components/CMP-99.md:6: major: [component-support-unknown] CMP-99"])
    }

    @Test func communitySupportWithAnEndIsClean() throws {
        let found = try findings(in: Self.project(support: "community", endOfSupport: "2027-06-30"))
        #expect(found.map(\.brief) == [])
    }
}

@Suite struct ComponentEndOfSupportTests {
    static func project(support: String = "maintained", endOfSupport: String?, fields: String = "",
                        date: String? = "2026-11-20") throws -> [String: String] {
        let packages = SBOMProject.flaskAppPackages.filter { $0 != "flask" }
        var files = try SBOMProject.files(documenting: packages, adding: """
            -- components/CMP-99.md --
            \(SBOMProject.component(99, purl: "pkg:pypi/flask", support: support, endOfSupport: endOfSupport,
                                    fields: fields))
            """)
        if let date { files["dossier.yml"] = configuration(date: date) }
        return files
    }

    /// The minimal configuration with a document date, listing the SBOM.
    static func configuration(date: String) -> String {
        ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001",
                                                                 with: "  id: DI-TEST-001\n  date: \(date)")
            + "\nsbom: [sbom/app.cdx.json]\n"
    }

    @Test func supportEndedBeforeTheDocumentDateIsReported() throws {
        let found = try findings(in: Self.project(endOfSupport: "2026-01-31"))
        #expect(found.map(\.brief) == ["components/CMP-99.md:7: major: [component-end-of-support] CMP-99"])
        #expect(found.first?.message.contains("2026-11-20") == true)
    }

    @Test func supportEndingOnTheDocumentDateIsReported() throws {
        let found = try findings(in: Self.project(endOfSupport: "2026-11-20"))
        #expect(found.map(\.subject) == ["CMP-99"])
    }

    @Test func supportEndingTheDayAfterIsClean() throws {
        let found = try findings(in: Self.project(endOfSupport: "2026-11-21"))
        #expect(found.map(\.brief) == [])
    }

    @Test func anUndatedDocumentSkipsTheDate() throws {
        let found = try findings(in: Self.project(endOfSupport: "2020-01-01", date: nil))
        #expect(found.map(\.brief) == [])
    }

    @Test func aRationaleKeepsAnEndedComponent() throws {
        let found = try findings(in: Self.project(endOfSupport: "2026-01-31",
                                                  fields: "rationale: Replaced in release 2.5; no network input.\n"))
        #expect(found.map(\.brief) == [])
    }

    @Test func endOfLifeIsReportedWhateverTheDate() throws {
        let found = try findings(in: Self.project(support: "end-of-life", endOfSupport: "2030-01-01"))
        #expect(found.map(\.brief) == ["components/CMP-99.md:6: major: [component-end-of-support] CMP-99"])
    }

    @Test func aBlankRationaleIsNoRationale() throws {
        let found = try findings(in: Self.project(support: "unsupported", endOfSupport: nil, fields: "rationale: ' '\n"))
        #expect(found.map(\.subject) == ["CMP-99"])
    }
}
