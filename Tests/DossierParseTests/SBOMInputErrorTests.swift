import DossierLoad
import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct SBOMInputErrorTests {
    static func errors(_ sbomText: String?, listing path: String = "sbom/app.json",
                       adding text: String = "") throws -> [InputError] {
        var files = try SBOMProject.files(sbom: [], documenting: [], configuration: "sbom: [\(path)]", adding: text)
        if let sbomText { files["sbom/app.json"] = sbomText }
        return try ProjectFixture.check(files: files).errors
    }

    /// The errors of a project with the real SBOM and CMP-1, whose `fields`
    /// follow its title from line 5.
    static func errors(component fields: String) throws -> [InputError] {
        try errors(try SBOMFixture.text("flask-app.cdx.json"),
                   adding: "-- components/CMP-1.md --\n---\nid: CMP-1\ntype: component\ntitle: HTTP client\n"
                       + "\(fields)\n---\n")
    }

    /// Reported where the author wrote its name (docs/format.md, "Input errors").
    @Test func aMissingSBOMIsUnreadableAtItsLineInTheConfiguration() throws {
        let errors = try Self.errors(nil)
        #expect(errors.count == 1)
        #expect(errors.first?.location.file == "dossier.yml")
        #expect((errors.first?.location.line ?? 0) > 1)
        #expect(errors.first?.code == "unreadable-file")
        #expect(errors.first?.message.contains("sbom/app.json listed in dossier.yml does not exist") == true)
    }

    @Test func eachListedSBOMIsReportedAtItsOwnLine() throws {
        var files = try SBOMProject.files(sbom: [("sbom/app.cdx.json", "flask-app.cdx.json")], documenting: [])
        files["dossier.yml"]! += "  - sbom/hub.cdx.json\n"
        let errors = try ProjectFixture.check(files: files).errors
        #expect(errors.map(\.brief) == ["dossier.yml:10: unreadable-file"])
        #expect(errors.first?.message.contains("sbom/hub.cdx.json") == true)
    }

    @Test(arguments: ["../app.json", "/etc/passwd", "sbom/../../x.json"])
    func anSBOMOutsideTheContentFolderIsUnreadable(_ path: String) throws {
        let errors = try Self.errors(nil, listing: path)
        #expect(errors.map(\.brief) == ["\(path):1: unreadable-file"])
        #expect(errors.first?.message.contains("outside the content folder") == true)
    }

    @Test func aSymbolicLinkOutOfTheContentFolderIsUnreadable() throws {
        let fixture = try ProjectFixture(files: try SBOMProject.files(sbom: [], documenting: [],
                                                                     configuration: "sbom: [sbom/app.json]"))
        defer { fixture.remove() }
        let outside = try fixture.writeOutside("app.json", try SBOMFixture.text("flask-app.cdx.json"))
        try FileManager.default.createDirectory(at: fixture.url.appendingPathComponent("sbom"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: fixture.url.appendingPathComponent("sbom/app.json"),
                                                   withDestinationURL: outside)
        #expect(fixture.inputErrors().map(\.brief) == ["sbom/app.json:1: unreadable-file"])
    }

    @Test(arguments: [
        ("<bom xmlns='http://cyclonedx.org/schema/bom/1.6'/>", "is not JSON"),
        (#"{"packages": []}"#, "neither a CycloneDX JSON BOM"),
        (#"{"bomFormat": "CycloneDX", "specVersion": "1.2", "components": []}"#, "CycloneDX version 1.2"),
        (#"{"spdxVersion": "SPDX-2.2", "packages": []}"#, "SPDX version SPDX-2.2"),
    ])
    func anSBOMOfAnotherFormatIsUnreadable(_ text: String, _ expected: String) throws {
        let errors = try Self.errors(text)
        #expect(errors.map(\.brief) == ["sbom/app.json:1: unreadable-file"])
        #expect(errors.first?.message.contains(expected) == true)
        #expect(errors.first?.message.contains("CycloneDX JSON 1.4 to 1.6 and SPDX 2.3 JSON") == true)
    }

    /// Foundation says only "not valid JSON"; the message names the place.
    @Test func anSBOMThatIsNotJSONNamesTheLineAndColumnOfTheFault() throws {
        let errors = try Self.errors("""
            {
              "bomFormat": "CycloneDX",
              "specVersion": "1.6", "metadata": {"component": {"name": "Pumpé"}},
              ,"components": []
            }
            """)
        #expect(errors.map(\.brief) == ["sbom/app.json:4: unreadable-file"])
        #expect(errors.first?.message == "the SBOM file sbom/app.json is not JSON (line 4, column 3: expected a key in "
                + "double quotes, found `,`); the dossier reads CycloneDX JSON 1.4 to 1.6 and SPDX 2.3 JSON")
    }

    @Test func anSBOMOverTheLinkedFileLimitIsUnreadable() throws {
        let fixture = try ProjectFixture(files: ["sbom/app.json": try SBOMFixture.text("flask-app.cdx.json")])
        defer { fixture.remove() }
        let loader = ListedFileLoader(maximumSize: 1024)
        let result = loader.load([ListedFile(path: "sbom/app.json", line: 7)], noun: "SBOM file", expected: "JSON",
                                 from: FolderStore(root: fixture.url))
        #expect(result.errors.map(\.brief) == ["sbom/app.json:1: unreadable-file"])
        #expect(result.errors.first?.message.contains("larger than the limit") == true)
        #expect(ListedFileLoader().maximumSize == 64 << 20)
    }

    @Test func aPurlThatDoesNotParseIsInvalidAtItsLine() throws {
        let errors = try Self.errors(component: "purl: pypi/requests@2.32.3\nsupport: maintained")
        #expect(errors.map(\.brief) == ["components/CMP-1.md:5: invalid-value"])
    }

    @Test func anEndOfSupportThatIsNoDateIsInvalidAtItsLine() throws {
        let errors = try Self.errors(component: "name: requests\nsupport: maintained\nend_of_support: 31.12.2027")
        #expect(errors.map(\.brief) == ["components/CMP-1.md:7: invalid-value"])
        #expect(errors.first?.message.hasSuffix("expected a date written YYYY-MM-DD") == true)
        let leap = try Self.errors(component: "name: requests\nsupport: maintained\nend_of_support: 2027-02-29")
        #expect(leap.first?.message.hasSuffix("expected a day of the calendar (2027-02 has 28 days)") == true,
                "\(leap.map(\.message))")
    }

    @Test func aComponentNeedsAPurlOrAName() throws {
        let errors = try Self.errors(component: "support: maintained")
        #expect(errors.map(\.brief) == ["components/CMP-1.md:1: missing-field"])
        #expect(errors.first?.message.contains("`purl` or `name`") == true)
        let empty = try Self.errors(component: "support: maintained\npurl: \"\"")
        #expect(empty.map(\.brief) == ["components/CMP-1.md:6: missing-field"])
    }

    @Test func aComponentNeedsItsSupport() throws {
        let errors = try Self.errors(component: "name: requests\nsupport: sometimes")
        #expect(errors.map(\.brief) == ["components/CMP-1.md:6: invalid-value"])
    }

    @Test func anSBOMComponentMatchedTwiceIsInvalidOnTheLaterItem() throws {
        let errors = try Self.errors(try SBOMFixture.text("flask-app.cdx.json"), adding: """
            -- components/CMP-1.md --
            \(SBOMProject.component(1, purl: "pkg:pypi/requests"))
            -- components/CMP-2.md --
            \(SBOMProject.component(2, purl: "pkg:pypi/requests@2.32.3"))
            """)
        #expect(errors.map(\.brief) == ["components/CMP-2.md:5: invalid-value"])
        #expect(errors.first?.message.contains("CMP-1 already documents") == true)
    }

    @Test func sbomMustListPaths() throws {
        var files = try SBOMProject.files(sbom: [], documenting: [])
        files["dossier.yml"]! += "sbom:\n  app: sbom/app.json\n"
        let errors = try ProjectFixture.check(files: files).errors
        #expect(errors.map(\.code) == ["config-invalid"])
    }
}
