import DossierTestSupport
import Foundation
import Testing

/// What a diagram's figure says about its threats, and the diagrams that
/// cannot be drawn (docs/format.md, "The model's diagrams in the outputs").
@Suite("Model diagram figures")
struct ArchitectureFigureCasesTests {
    typealias Threat = ThreatDragonModel.Threat

    /// TD-1 mitigated with a requirement tracing to it, TD-2 dismissed with
    /// a justification, TD-3 open; the app's name is hostile markup.
    static let model = ThreatDragonModel([
        Threat(1, "Forged dose record"),
        Threat(2, "Portal upload", status: "NotApplicable", mitigation: "The portal takes no uploads."),
        Threat(3, "Session theft", status: "Open"),
    ])
    static let hostile = "<img src=x> & \"app\""

    static func build(_ files: [String: String]) throws -> (ProjectFixture, URL) {
        let fixture = try ProjectFixture(files: files)
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output)
        return (fixture, output)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func eachCarrierSaysHowManyThreatsAreOpenAndCoveredAndEveryNameIsEscaped() throws {
        var files = ThreatModelProject.files(Self.model, mitigatedBy: ["TD-1"],
                                             overlays: ["TD-1": ThreatModelProject.completingOverlay])
        files[ThreatModelProject.modelPath] = files[ThreatModelProject.modelPath]!
            .replacingOccurrences(of: "\"Phone app\"", with: "\"<img src=x> & \\\"app\\\"\"")
        let (fixture, output) = try Self.build(files)
        defer { fixture.remove() }
        let site = try Self.read(output, "site/threat-model.html")
        let figure = try #require(DiagramFigureHTML("diagram-1-1", in: site))
        let flow = try #require(figure.rows.first { $0.name == "Dose records" })
        #expect(flow.state == "<span class=\"badge open\">1 open, 2 covered</span>")
        #expect(flow.threats.contains("Forged dose record <span class=\"badge covered\">Mitigated: covered</span>"))
        #expect(flow.threats.contains("Portal upload <span class=\"badge covered\">Not Applicable: covered</span>"))
        #expect(flow.threats.contains("Session theft <span class=\"badge open\">Open: open</span>"))
        let svg = try #require(figure.svg)
        #expect(svg.contains(">1 open, 2 covered</text>"))
        #expect(svg.contains("1 open: TD-3; 2 covered: TD-1, TD-2"))
        // The app's name: escaped in the table, the picture and the description alike.
        #expect(figure.rows.first?.name == DiagramFigureHTML.escaped(Self.hostile))
        #expect(try ParsedSVG(svg).titles.contains(Self.hostile + " (external interactor)"))
        for page in [site, try Self.read(output, "dossier.html")] {
            #expect(!page.contains("<img src=x>"))
            #expect(page.contains("data flow from &lt;img src=x&gt; &amp; &quot;app&quot; to Cloud API"))
        }
        let markdown = try Self.read(output, "dossier.md")
        #expect(markdown.contains("| \\<img src=x\\> \\& \"app\" | external interactor |"))
        #expect(try !Self.read(output, "views/cloud-1.svg").contains("<img"))
    }

    @Test func aDiagramWithoutPositionsGetsItsTableAndOneWithoutElementsIsNotDrawn() throws {
        var files = ThreatModelProject.files(Self.model, mitigatedBy: ["TD-1"],
                                             overlays: ["TD-1": ThreatModelProject.completingOverlay])
        files[ThreatModelProject.modelPath] = Self.model.json(editingDiagrams: { diagrams in
            // A model written by a script: cells without position or size.
            var cells = diagrams[0]["cells"] as? [[String: Any]] ?? []
            for index in cells.indices {
                cells[index]["position"] = nil
                cells[index]["size"] = nil
            }
            diagrams[0]["cells"] = cells
            diagrams.append(["id": 1, "title": "Notes", "diagramType": "STRIDE", "cells": [
                ["id": "note", "shape": "td-text-block", "position": ["x": 0, "y": 0], "size": ["width": 200, "height": 40],
                 "data": ["name": "Only a note", "type": "tm.Text"]],
            ]])
        })
        let (fixture, output) = try Self.build(files)
        defer { fixture.remove() }
        for page in [try Self.read(output, "site/threat-model.html"), try Self.read(output, "dossier.html")] {
            let unplaced = try #require(DiagramFigureHTML("diagram-1-1", in: page))
            #expect(unplaced.svg == nil)
            #expect(unplaced.text.contains("threat-model/cloud.json stores no positions for this diagram"))
            #expect(unplaced.rows.map(\.name) == ["Phone app", "Cloud API", "Dose records"])
            let notes = try #require(DiagramFigureHTML("diagram-1-2", in: page))
            #expect(notes.svg == nil)
            #expect(notes.text.contains("The diagram holds no element, so there is nothing to draw."))
            #expect(DiagramFigureHTML.pictureCount(in: page) == 0)
        }
        let markdown = try Self.read(output, "dossier.md")
        #expect(markdown.contains("threat-model/cloud.json stores no positions for this diagram"))
        #expect(!markdown.contains("](views/"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("views").path))
    }

    @Test func theLaterOfTwoFilesWithOneStemHasItsPrefixInItsPicturesName() throws {
        let block = """
            threat_model:
              methodology: STRIDE per element, OWASP Threat Dragon
              files:
                - file: home/cloud.json
                  prefix: TD
                - file: clinic/cloud.json
                  prefix: TDC
            """
        var files = ThreatModelProject.files(Self.model, threatModel: block)
        files["home/cloud.json"] = Self.model.json
        var second = Self.model
        second.diagramTitle = "Clinic"
        files["clinic/cloud.json"] = second.json
        let (fixture, output) = try Self.build(files)
        defer { fixture.remove() }
        let markdown = try Self.read(output, "dossier.md")
        #expect(markdown.contains("](views/cloud-1.svg)"))
        #expect(markdown.contains("![Clinic (clinic/cloud.json)](views/cloud.TDC-1.svg)"))
        #expect(try Self.read(output, "views/cloud.TDC-1.svg").contains("aria-label=\"Clinic (clinic/cloud.json)\""))
        #expect(try Self.read(output, "views/cloud-1.svg").contains("(home/cloud.json)"))
    }
}
