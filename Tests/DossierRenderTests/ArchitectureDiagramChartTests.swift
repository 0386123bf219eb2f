@testable import DossierRender
import DossierTestSupport
import DossierThreatModel
import Foundation
import Testing

@Suite struct ArchitectureDiagramChartTests {
    static let files = ThreatModelFixture.threatModelingToolFiles + ThreatModelFixture.threatDragonFiles

    private func diagrams(_ name: String) throws -> [ModelDiagram] {
        try ThreatModelReader.read(try ThreatModelFixture.data(name), path: name).diagrams
    }

    @Test(arguments: files)
    func everyNameOfARealModelIsDrawn(name: String) throws {
        for diagram in try diagrams(name) {
            let svg = try ParsedSVG(ArchitectureDiagramChart(diagram: diagram).svg)
            let drawn = svg.texts.joined(separator: " ")
            let names = diagram.elements.map(\.name) + diagram.boundaries.map(\.name) + diagram.flows.map(\.name)
            for name in names where !name.isEmpty {
                #expect(svg.titles.contains { $0.hasPrefix(name + " (") }, "no shape titled \(name)")
                for word in name.split(whereSeparator: \.isWhitespace) {
                    #expect(drawn.contains(word), "\(word) of \(name) is not drawn")
                }
            }
            let shapes = svg.count("ellipse") + svg.count("rect") + svg.count("path")
            #expect(shapes >= diagram.elements.filter { $0.kind != .other }.count + diagram.flows.count)
        }
    }

    @Test(arguments: files)
    func everythingLiesInsideTheViewBox(name: String) throws {
        for diagram in try diagrams(name) {
            let marks = Dictionary(uniqueKeysWithValues: diagram.flows.map {
                ($0.id, ArchitectureDiagramChart.Mark(open: ["TM-1", "TM-2"], covered: ["TM-3"]))
            })
            let svg = try ParsedSVG(ArchitectureDiagramChart(diagram: diagram, marks: marks).svg)
            let box = svg.viewBox
            for point in svg.extremePoints {
                #expect(point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y
                    && point.y <= box.y + box.height, "\(point) outside \(box) in \(diagram.name)")
            }
        }
    }

    @Test func anOpenCarrierIsHatchedAndSaysSoACoveredOneIsPlain() throws {
        let diagram = ModelDiagram(id: "d", name: "Home", elements: [
            ModelElement(id: "app", kind: .externalInteractor, name: "Phone App",
                         frame: ModelRect(x: 0, y: 0, width: 100, height: 60)),
        ])
        let open = ArchitectureDiagramChart(diagram: diagram, marks: ["app": .init(open: ["TMT-1", "TMT-2"])]).svg
        let covered = ArchitectureDiagramChart(diagram: diagram, marks: ["app": .init(covered: ["TMT-3"])]).svg
        let mixed = ArchitectureDiagramChart(diagram: diagram, marks: ["app": .init(open: ["TMT-1"], covered: ["TMT-3"])])
        #expect(open.contains(">2 open</text>"))
        #expect(covered.contains(">1 covered</text>"))
        #expect(mixed.svg.contains(">1 open, 1 covered</text>"))
        // The hatching is five strokes across the swatch; covered has none.
        #expect(try ParsedSVG(open).count("line") == 5)
        #expect(try ParsedSVG(covered).count("line") == 0)
        #expect(open.contains("<title>Phone App (external interactor): 2 open: TMT-1, TMT-2</title>"))
        #expect(ArchitectureDiagramChart(diagram: diagram).svg.contains("No element or flow carries a threat."))
        #expect(mixed.summary.contains("1 element or flow carries threats: 1 open (hatched badge), 1 covered (plain badge)."))
    }

    @Test func eachKindHasItsShape() throws {
        let frame = ModelRect(x: 0, y: 0, width: 100, height: 80)
        func svg(_ kind: ModelElement.Kind) throws -> ParsedSVG {
            try ParsedSVG(ArchitectureDiagramChart(diagram: ModelDiagram(
                id: "d", name: "D", elements: [ModelElement(id: "e", kind: kind, name: "Hub", frame: frame)])).svg)
        }
        #expect(try svg(.process).count("ellipse") == 1)
        #expect(try svg(.externalInteractor).count("rect") == 1)
        let store = try svg(.dataStore)
        #expect(store.count("line") == 2 && store.count("ellipse") == 0)
        #expect(try svg(.other).count("rect") == 0)
        let boundaries = ModelDiagram(id: "d", name: "D", boundaries: [
            ModelBoundary(id: "b", name: "Home", shape: .box(frame)),
            ModelBoundary(id: "l", name: "Internet", shape: .line([ModelPoint(x: 0, y: 100), ModelPoint(x: 100, y: 120)])),
        ])
        let drawn = ArchitectureDiagramChart(diagram: boundaries).svg
        #expect(drawn.components(separatedBy: "stroke-dasharray=\"6 4\"").count - 1 == 2)
    }

    @Test func aFlowAttachedToACellStartsAtItsOutlineAndEndsInAnArrow() throws {
        let diagram = ModelDiagram(id: "d", name: "D", elements: [
            ModelElement(id: "a", kind: .process, name: "A", frame: ModelRect(x: 0, y: 0, width: 100, height: 100)),
            ModelElement(id: "b", kind: .externalInteractor, name: "B",
                         frame: ModelRect(x: 300, y: 0, width: 100, height: 100)),
        ], flows: [ModelFlow(id: "f", name: "Dose", sourceID: "a", targetID: "b",
                             points: [ModelPoint(x: 50, y: 50), ModelPoint(x: 350, y: 50)])])
        let svg = ArchitectureDiagramChart(diagram: diagram).svg
        #expect(svg.contains("<path d=\"M100 50 C133 50 267 50 300 50\""))
        #expect(svg.contains("<polygon points=\"300,50 290,55 290,46\""))
        #expect(svg.contains(">Dose</text>"))
    }

    @Test func shapesLinkWhereTheCallerSays() throws {
        let diagram = try diagrams("v2-threat-model.json")[0]
        let linked = ArchitectureDiagramChart(diagram: diagram) { $0 == diagram.flows[0].id ? "threats.html#flow-1" : nil }
        let svg = linked.svg
        // The flow and its label: two links, nothing else.
        #expect(svg.components(separatedBy: "<a href=\"threats.html#flow-1\">").count - 1 == 2)
        #expect(svg.components(separatedBy: "<a ").count - 1 == 2)
        #expect(!ArchitectureDiagramChart(diagram: diagram).svg.contains("<a "))
    }

    @Test func namesAreEscaped() throws {
        let hostile = "<script>alert(1)</script> & \"Co\""
        let diagram = ModelDiagram(id: "d", name: hostile, elements: [
            ModelElement(id: "e", kind: .process, name: hostile, frame: ModelRect(x: 0, y: 0, width: 100, height: 100)),
        ], boundaries: [ModelBoundary(id: "b", name: hostile, shape: .box(ModelRect(x: -20, y: -20, width: 200, height: 200)))],
        flows: [ModelFlow(id: "f", name: hostile, sourceID: nil, targetID: "e",
                          points: [ModelPoint(x: 300, y: 50), ModelPoint(x: 100, y: 50)])])
        let svg = ArchitectureDiagramChart(diagram: diagram, marks: ["e": .init(open: [hostile])]).svg
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("& "))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        _ = try ParsedSVG(svg)
    }

    @Test(arguments: files)
    func theSameModelDrawsTheSameBytesAndParsesAsXML(name: String) throws {
        for (first, second) in zip(try diagrams(name), try diagrams(name)) {
            let marks = Dictionary(uniqueKeysWithValues: first.elements.map {
                ($0.id, ArchitectureDiagramChart.Mark(open: ["TM-\($0.id.prefix(4))"]))
            })
            let svg = ArchitectureDiagramChart(diagram: first, marks: marks).svg
            #expect(svg == ArchitectureDiagramChart(diagram: second, marks: marks).svg)
            let parsed = try ParsedSVG(svg)
            #expect(parsed.count("title") >= 1 && parsed.count("desc") == 1)
            #expect(svg.contains("style=\"max-width: 100%; height: auto\""))
        }
    }
}
