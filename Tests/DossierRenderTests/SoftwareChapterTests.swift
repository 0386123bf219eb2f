import DossierModel
import DossierPipeline
import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// The "Third-party software" chapter in every output (RenderFixture.software).
@Suite struct SoftwareChapterTests {
    @Test func everyOutputHasTheChapter() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/software.html")
        let html = OutputTree.text(build.files, "dossier.html")
        let markdown = OutputTree.text(build.files, "dossier.md")
        for output in [page, html, markdown] {
            #expect(output.contains("Third-party software"))
            #expect(output.contains("requests HTTP client"))
            #expect(output.contains("2.32.3") && output.contains("Apache-2.0") && output.contains("Python Software Foundation"))
            #expect(output.contains("2027-10-31") && output.contains("community"))
            #expect(output.contains("CVE-2024-47081") && output.contains("exploitable"))
            #expect(output.contains("code_not_reachable") == false, "a vulnerability of no listed component is left out")
            #expect(output.contains("urllib3"), "an undocumented SBOM component is listed as such")
        }
        #expect(page.contains("href=\"items/TH-2.html\""), "the assessing threat links to its page")
        #expect(html.contains("href=\"#chapter-software\""))
        #expect(markdown.contains("| urllib3 (`pkg:pypi/urllib3@2.8.0`) | 2.8.0 | *not stated* | MIT | **not documented** |"))
        // Two SBOMs may list one name in two ecosystems: the purl tells them apart.
        #expect(page.contains("<td>urllib3<br><code class=\"purl\">pkg:pypi/urllib3@2.8.0</code></td>"))
        #expect(OutputTree.text(build.files, "site/index.html").contains("href=\"software.html\""))
        #expect(OutputTree.text(build.files, "site/items/TH-1.html").contains("software.html\">Third-party software"))
    }

    /// The supplier is an NTIA minimum element: where neither the SBOM nor
    /// the component item names one, the tables say so.
    @Test func aMissingSupplierIsSaidNotLeftBlank() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/software.html")
        let notStated = #"<td><span class="muted">not stated</span></td>"#
        #expect(page.contains(#"<td>2.32.3</td><td>Python Software Foundation</td>"#))
        #expect(page.contains(#"<td>3.1.6</td>"# + notStated), "Jinja2's SBOM entry names no supplier")
        #expect(page.contains(#"<td>2028-06-30</td>"# + notStated), "CMP-2 names no supplier")
        #expect(OutputTree.text(build.files, "dossier.html").contains(#"<td>3.1.6</td>"# + notStated))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("| 2028-06-30 | *not stated* |"))
        #expect(markdown.contains("| 2.32.3 | Python Software Foundation |"))
    }

    /// A chapter that vanished without an SBOM hid the gap; it stays and says so.
    @Test func aProjectWithoutAnSBOMHasTheChapterSayingSo() throws {
        var files = RenderFixture.files
        for path in files.keys where path.hasPrefix("sbom/") || path.hasPrefix("components/") { files[path] = nil }
        files["dossier.yml"] = ProjectFixture.minimalConfiguration
        files["threats/TH-2.md"] = files["threats/TH-2.md"]?.replacingOccurrences(of: "vulnerabilities: [CVE-2024-47081]\n", with: "")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let noSBOM = "No SBOM file is listed under <code>sbom:</code> in dossier.yml"
        let single = OutputTree.text(build.files, "dossier.html")
        #expect(single.contains(#"<h2 class="chapter" id="chapter-software">Third-party software</h2>"#))
        #expect(single.contains(##"<li><a href="#chapter-software">Third-party software</a></li>"##))
        #expect(single.contains(noSBOM))
        #expect(!single.contains("<h3>SBOM components</h3>"), "no SBOM tables without an SBOM")
        #expect(OutputTree.text(build.files, "site/software.html").contains(noSBOM))
        #expect(OutputTree.text(build.files, "site/index.html").contains(noSBOM))
        #expect(OutputTree.text(build.files, "site/items.html").contains(#"href="software.html">Third-party software"#))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("## Third-party software\n\n**No SBOM:** no SBOM file is listed under `sbom:` in dossier.yml"))
    }

    /// A reviewer looks for every known vulnerability in one table, whether or
    /// not an item documents the component it affects.
    @Test func aVulnerabilityOfAnUndocumentedComponentIsListed() throws {
        var files = RenderFixture.files
        files["sbom/hub.cdx.json"] = files["sbom/hub.cdx.json"]?.replacingOccurrences(of: "}]}]}", with: """
            }]}],
             "vulnerabilities": [{"id": "CVE-2025-50181", "affects": [{"ref": "urllib3==2.8.0"}]}]}
            """)
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains("<td class=\"id\">CVE-2025-50181</td><td>pkg:pypi/urllib3@2.8.0</td>"))
        #expect(html.firstRange(of: "CVE-2024-47081")!.lowerBound < html.firstRange(of: "CVE-2025-50181")!.lowerBound,
                "vulnerabilities of documented components come first")
        #expect(OutputTree.text(build.files, "site/software.html").contains("CVE-2025-50181"))
        #expect(OutputTree.text(build.files, "dossier.md")
            .contains("| CVE-2025-50181 | pkg:pypi/urllib3@2.8.0 | not analysed |  |  |"))
    }

    @Test func aProjectWhoseSBOMsStateNoVulnerabilitiesSaysSo() throws {
        var files = RenderFixture.files
        files["dossier.yml"] = files["dossier.yml"]?.replacingOccurrences(of: ", sbom/hub.vex.json]", with: "]")
        files["threats/TH-2.md"] = files["threats/TH-2.md"]?.replacingOccurrences(of: "vulnerabilities: [CVE-2024-47081]\n", with: "")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        #expect(OutputTree.text(build.files, "dossier.html").contains("The SBOM files state no vulnerabilities."))
    }

    @Test func anEndOfSupportPastTheDocumentDateIsHighlighted() throws {
        var files = RenderFixture.files
        files["dossier.yml"] = files["dossier.yml"]?.replacingOccurrences(of: "  id: DI-TEST-001",
                                                                          with: "  id: DI-TEST-001\n  date: 2027-11-20")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        #expect(OutputTree.text(build.files, "dossier.html").contains("<span class=\"badge gap\">2027-10-31 (past)</span>"))
        #expect(OutputTree.text(build.files, "dossier.md").contains("2027-10-31 **(past)**"))
        #expect(!OutputTree.text(build.files, "dossier.html").contains("2028-06-30 (past)"))
    }

    @Test func theJSONExportCarriesComponentsAndVulnerabilities() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let data = try #require(build.files["dossier.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sbom = try #require(json["sbom"] as? [String: Any])
        let components = try #require(sbom["components"] as? [[String: Any]])
        #expect(components.map { $0["name"] as? String } == ["requests", "Jinja2", "urllib3"])
        #expect(components.map { $0["documentedBy"] as? String } == ["CMP-1", "CMP-2", nil])
        #expect(components.first?["file"] as? String == "sbom/hub.cdx.json")
        let vulnerabilities = try #require(sbom["vulnerabilities"] as? [[String: Any]])
        let requests = try #require(vulnerabilities.first { $0["id"] as? String == "CVE-2024-47081" })
        #expect(requests["state"] as? String == "exploitable")
        #expect(requests["affects"] as? [String] == ["pkg:pypi/requests@2.32.3"])
        #expect(requests["assessedBy"] as? [String] == ["TH-2"])
    }

    @Test func theManifestListsTheSBOMFilesWithTheirDigests() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let vex = try SBOMFixture.data("flask-app.vex.cdx.json")
        let digest = try Self.sha256(of: SBOMFixture.folder.appendingPathComponent("flask-app.vex.cdx.json"))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("| sbom/hub.vex.json | \(vex.count) | \(digest) |"))
        #expect(markdown.contains("| sbom/hub.cdx.json |"))
    }

    /// The digest as `sha256sum` computes it: not the tool's own code.
    static func sha256(of file: URL) throws -> String {
        String(try ExternalProgram.run(["sha256sum", file.path]).stdout.prefix(64))
    }

    @Test func theRenderInputNamesTheSBOMFilesForThePDF() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let report = fixture.check()
        let input = RenderInput(graph: try #require(report.graph), findings: report.findings, manifest: [],
                                attachments: [:])
        #expect(input.sbomFiles == ["sbom/hub.cdx.json", "sbom/hub.vex.json"])
    }

    @Test func aBuildWithAnUnreadableSBOMWritesNothing() throws {
        var files = RenderFixture.files
        files["sbom/hub.cdx.json"] = "<bom/>"
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        #expect(throws: BuildFailure.self) {
            try DossierPipelineBuild.build(content: fixture.url, output: output)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
