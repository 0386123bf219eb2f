import DossierTestSupport
import Foundation
import Testing

/// The threat model's diagrams and the security architecture views in
/// every output (docs/format.md, "Security architecture views"), built from
/// a real `.tm7` and a real Threat Dragon demo.
@Suite("Security architecture views")
struct ArchitectureViewsRenderTests {
    /// One build of `ArchitectureViewsProject`, read back.
    struct Build {
        let fixture: ProjectFixture
        let output: URL

        init(adding text: String = "") throws {
            fixture = try ArchitectureViewsProject.make(adding: text)
            output = fixture.root.appendingPathComponent("output")
            try DossierPipelineBuild.build(content: fixture.url, output: output)
        }

        func read(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }

        func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }
    }

    /// Each real file: its place among the listed files (the figure's id) and its fixture name.
    static let realModels = [(1, "MTMT_MVP.tm7"), (2, "v2-threat-model.json")]

    @Test(arguments: realModels)
    func everyElementBoundaryAndFlowIsInTheFigureAndItsTable(model: Int, name: String) throws {
        let build = try Build()
        defer { build.fixture.remove() }
        let reading = try ThreatModelOracle.read(name)
        let expected = try #require(reading.diagrams.first)
        for page in [try build.read("site/threat-model.html"), try build.read("dossier.html")] {
            let figure = try #require(DiagramFigureHTML("diagram-\(model)-1", in: page))
            // The table: every element, boundary and flow, by name and kind, in file order.
            let names = expected.elements + expected.boundaries + expected.flows
            #expect(figure.rows.map(\.name) == names.map { $0.isEmpty ? "(unnamed)" : DiagramFigureHTML.escaped($0) })
            #expect(figure.rows.filter { $0.kind == "trust boundary" }.count == expected.boundaries.count)
            #expect(figure.rows.filter { $0.kind.hasPrefix("data flow from ") }.count == expected.flows.count)
            // The picture: a shape titled with each name, and nothing outside its view box.
            let svg = try ParsedSVG(try #require(figure.svg))
            for name in names where !name.isEmpty {
                #expect(svg.titles.contains { $0.hasPrefix(name + " (") }, "\(name) is not in the picture")
            }
            let box = svg.viewBox
            for point in svg.extremePoints {
                #expect(point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y
                    && point.y <= box.y + box.height, "\(point) lies outside \(box)")
            }
            // Each shape leads to its row, and each row's threats to the threats.
            let anchors = Set(figure.rows.map(\.anchor))
            let links = HTMLDocument.fragmentLinks(in: figure.svg ?? "")
            #expect(!links.isEmpty && links.allSatisfy(anchors.contains))
        }
    }

    @Test func theImportedThreatsAreInTheRowsOfWhatCarriesThem() throws {
        let build = try Build()
        defer { build.fixture.remove() }
        let site = try build.read("site/threat-model.html")
        let hub = try #require(DiagramFigureHTML("diagram-1-1", in: site))
        // MTMT_MVP.tm7 holds 43 threats, each on a flow, none triaged.
        let carried = hub.rows.map { $0.threats.components(separatedBy: "href=\"items/TMT-").count - 1 }
        #expect(carried.reduce(0, +) == 43)
        #expect(hub.rows.filter { $0.kind.hasPrefix("data flow") }.allSatisfy { $0.state.contains(" open</span>") })
        let request = try #require(hub.rows.first { $0.name == "API Request" })
        #expect(request.state == "<span class=\"badge open\">15 open</span>")
        #expect(request.threats.contains("<a class=\"id\" href=\"items/TMT-25.html\""))
        #expect(try #require(hub.svg).contains(">15 open</text>"))
        #expect(hub.rows.first { $0.name == "Mobile Client" }?.state == "no threat")
    }

    @Test func everyOutputHasTheFigures() throws {
        let build = try Build()
        defer { build.fixture.remove() }
        // The Threat model chapter draws both files' diagrams; the sections
        // draw the ones they name: ARCH-GLOBAL two, ARCH-USE one.
        #expect(DiagramFigureHTML.pictureCount(in: try build.read("site/threat-model.html")) == 2)
        #expect(DiagramFigureHTML.pictureCount(in: try build.read("site/security-architecture.html")) == 3)
        #expect(DiagramFigureHTML.pictureCount(in: try build.read("site/items/ARCH-GLOBAL.html")) == 2)
        let html = try build.read("dossier.html")
        #expect(DiagramFigureHTML.pictureCount(in: html) == 5)
        #expect(HTMLDocument.repeatedIDs(in: html) == [])
        let ids = Set(HTMLDocument.ids(in: html))
        #expect(HTMLDocument.fragmentLinks(in: html).filter { !ids.contains($0) } == [])
        // A section's figure has ids of its own, so its shapes lead to its own table.
        let section = try #require(DiagramFigureHTML("item-ARCH-GLOBAL-diagram-2", in: html))
        #expect(section.rows.first?.anchor == "item-ARCH-GLOBAL-diagram-2-1")

        let markdown = try build.read("dossier.md")
        #expect(markdown.contains("![Diagram 1 (threat-model/hub.tm7)](views/hub-1.svg)"))
        #expect(markdown.contains("![Main Request Data Flow (threat-model/cloud.json)](views/cloud-1.svg)"))
        #expect(!markdown.contains("<svg"))
        #expect(markdown.contains("| API Request | data flow from Mobile Client to Public API v2 | [TMT-25](#item-TMT-25)"))
        for file in ["views/hub-1.svg", "views/cloud-1.svg"] {
            let svg = try build.read(file)
            let parsed = try ParsedSVG(svg)
            #expect(parsed.titles.first?.hasSuffix(".json)") == true || parsed.titles.first?.hasSuffix(".tm7)") == true)
            // A file of its own has no page to link into.
            #expect(!svg.contains("<a "))
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try Build()
        defer { first.fixture.remove() }
        let second = try Build()
        defer { second.fixture.remove() }
        for path in ["dossier.html", "dossier.md", "views/hub-1.svg", "views/cloud-1.svg", "site/threat-model.html",
                     "site/security-architecture.html"] {
            #expect(try first.read(path) == second.read(path), "\(path) differs")
        }
    }

    @Test func theChapterHoldsTheViewsInTheirOrderRightAfterTheNarrativeSections() throws {
        let build = try Build()
        defer { build.fixture.remove() }
        let html = try build.read("dossier.html")
        func offset(_ text: String) throws -> String.Index { try #require(html.range(of: text)).lowerBound }
        let narrative = try offset("id=\"chapter-sections\"")
        let chapter = try offset("id=\"chapter-architecture\"")
        #expect(try offset("id=\"item-SEC-SCOPE\"") > narrative)
        #expect(try offset("id=\"item-SEC-SCOPE\"") < chapter)
        // Global system, updatability, use case: the views' order, not `order`.
        #expect(try chapter < offset("id=\"item-ARCH-GLOBAL\""))
        #expect(try offset("id=\"item-ARCH-GLOBAL\"") < offset("id=\"item-ARCH-UPD\""))
        #expect(try offset("id=\"item-ARCH-UPD\"") < offset("id=\"item-ARCH-USE\""))
        #expect(try offset("id=\"item-ARCH-USE\"") < offset("id=\"chapter-threat-model\""))
        #expect(html.components(separatedBy: "id=\"item-ARCH-GLOBAL\"").count == 2)
        #expect(html.contains("<li><a href=\"#chapter-architecture\">Security architecture</a></li>"))
        // The section's text comes before its diagrams.
        #expect(try offset("Every component and path.") < offset("id=\"item-ARCH-GLOBAL-diagram-1\""))
        #expect(html.contains("Not applicable: One hub serves one patient"))
        #expect(html.contains("3 of 4 views shown, 1 not applicable."))

        let site = try build.read("site/security-architecture.html")
        #expect(site.contains("<h1>Security architecture</h1>"))
        #expect(site.contains("Every component and path."))
        #expect(try build.read("site/index.html").contains("href=\"security-architecture.html\""))
        #expect(site.range(of: "ARCH-GLOBAL")!.lowerBound < site.range(of: "id=\"item-ARCH-USE\"")!.lowerBound)

        let markdown = try build.read("dossier.md")
        let sections = try #require(markdown.range(of: "## Scope and system description"))
        let architecture = try #require(markdown.range(of: "## Security architecture"))
        #expect(sections.lowerBound < architecture.lowerBound)
        let global = try #require(markdown.range(of: "### The whole system"))
        let updates = try #require(markdown.range(of: "### Updates"))
        let useCase = try #require(markdown.range(of: "### Requesting data"))
        #expect(architecture.lowerBound < global.lowerBound && global.lowerBound < updates.lowerBound
            && updates.lowerBound < useCase.lowerBound)
        #expect(markdown.contains("| Multi-patient harm view | "))
    }
}
