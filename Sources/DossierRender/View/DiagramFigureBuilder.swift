import DossierLink
import DossierModel
import DossierThreatModel

/// Builds the figures of the threat model's diagrams for one output (SPEC
/// §14.1): each diagram drawn with the state of the threats its elements
/// and flows carry, and the table of the same facts.
struct DiagramFigureBuilder {
    let items: ItemViewBuilder
    /// Whether pictures are drawn inline; dossier.md links the files instead.
    let drawsPictures: Bool
    /// Imported threats by model file, then by the element or flow that carries them.
    private let carried: [String: [String: [Int]]]
    private let filePaths: [[String]]

    var graph: TraceGraph { items.graph }

    init(items: ItemViewBuilder, drawsPictures: Bool) {
        self.items = items
        self.drawsPictures = drawsPictures
        let graph = items.graph
        var carried: [String: [String: [Int]]] = [:]
        for position in graph.items.indices {
            guard let origin = graph[position].origin, let carrier = origin.carrierID else { continue }
            carried[origin.file, default: [:]][carrier, default: []].append(position)
        }
        self.carried = carried
        filePaths = DiagramFileNames.paths(of: graph.threatModels, settings: graph.configuration.threatModel)
    }

    /// Every diagram of every model file, in the listed order.
    func allFigures() -> [DiagramFigureView] {
        graph.threatModels.indices.flatMap { model in
            graph.threatModels[model].diagrams.indices.map { diagram in
                figure(DiagramReference(model: model, diagram: diagram), anchor: "diagram-\(model + 1)-\(diagram + 1)")
            }
        }
    }

    /// The diagrams a section names, drawn after its text.
    func figures(ofSection position: Int) -> [DiagramFigureView] {
        (graph.sectionDiagrams[position] ?? []).enumerated().map { index, reference in
            figure(reference, anchor: "item-\(graph[position].id)-diagram-\(index + 1)")
        }
    }

    /// The pictures dossier.md links, as files beside it.
    func pictureFiles() -> [OutputFile] {
        graph.threatModels.indices.flatMap { model in
            graph.threatModels[model].diagrams.indices.compactMap { diagram -> OutputFile? in
                let reference = DiagramReference(model: model, diagram: diagram)
                guard Self.isDrawable(graph.threatModels[model].diagrams[diagram]) else { return nil }
                let threats = self.threats(in: graph.threatModels[model].diagrams[diagram], of: graph.threatModels[model])
                return OutputFile(path: filePaths[model][diagram],
                                  text: chart(reference, threats: threats, rowAnchors: [:]).svg)
            }
        }
    }

    func figure(_ reference: DiagramReference, anchor: String) -> DiagramFigureView {
        let model = graph.threatModels[reference.model]
        let diagram = model.diagrams[reference.diagram]
        let threats = self.threats(in: diagram, of: model)
        let rows = self.rows(of: diagram, threats: threats, anchor: anchor)
        let anchors = Dictionary(rows.map { ($0.id, $0.view.anchor) }, uniquingKeysWith: { first, _ in first })
        let chart = chart(reference, threats: threats, rowAnchors: anchors)
        let why = Self.isDrawable(diagram) ? ""
            : !diagram.elements.contains(where: { $0.kind != .other })
                ? "The diagram holds no element, so there is nothing to draw."
                : "\(model.path) stores no positions for this diagram (a model written by a script rather than "
                    + "drawn in the tool), so it cannot be drawn; the table lists what it holds."
        let picture = drawsPictures && why.isEmpty ? chart.svg : ""
        return DiagramFigureView(
            anchor: anchor, title: chart.title, description: chart.summary, picture: picture,
            hasPicture: !picture.isEmpty,
            file: why.isEmpty ? URLPath.escape(filePaths[reference.model][reference.diagram]) : "",
            whyNoPicture: why, hasWhyNoPicture: !why.isEmpty, rows: rows.map(\.view), hasRows: !rows.isEmpty)
    }

    /// A diagram is drawn when it has an element (a free-text note is none)
    /// and the file says where its elements are.
    static func isDrawable(_ diagram: ModelDiagram) -> Bool {
        diagram.elements.contains { $0.kind != .other && $0.frame != nil }
    }

    /// The picture, each element and flow linking to its row of the table.
    private func chart(_ reference: DiagramReference, threats: [String: [CarriedThreat]],
                       rowAnchors: [String: String]) -> ArchitectureDiagramChart {
        let model = graph.threatModels[reference.model]
        let diagram = model.diagrams[reference.diagram]
        let name = diagram.name.isEmpty ? "Diagram \(reference.diagram + 1)" : diagram.name
        var marks: [String: ArchitectureDiagramChart.Mark] = [:]
        for (id, carried) in threats {
            marks[id] = ArchitectureDiagramChart.Mark(open: carried.filter(\.isOpen).map { graph[$0.position].id },
                                                      covered: carried.filter { !$0.isOpen }.map { graph[$0.position].id })
        }
        return ArchitectureDiagramChart(diagram: diagram, title: "\(name) (\(model.path))", marks: marks) { id in
            rowAnchors[id].map { "#\($0)" }
        }
    }

    /// An imported threat in a picture: open (not triaged, or mitigated with
    /// nothing tracing to it) or not, as ThreatModelChapterBuilder.stateClass says.
    struct CarriedThreat {
        var position: Int
        var stateClass: String
        var isOpen: Bool { stateClass == "open" }
    }

    /// By element or flow id, the imported threats each carries, in natural id order.
    private func threats(in diagram: ModelDiagram, of model: ThreatModelDocument) -> [String: [CarriedThreat]] {
        var threats: [String: [CarriedThreat]] = [:]
        for id in diagram.elements.map(\.id) + diagram.flows.map(\.id) {
            let list = (carried[model.path]?[id] ?? [])
                .filter { graph[$0].origin?.diagramID.map { $0 == diagram.id } ?? true }
                .sorted { NaturalOrder.precedes(graph[$0].id, graph[$1].id) }
                .map { position in
                    CarriedThreat(position: position, stateClass: ThreatModelChapterBuilder.stateClass(
                        of: graph[position].origin!, requirements: graph.mitigations(of: position)))
                }
            if !list.isEmpty { threats[id] = list }
        }
        return threats
    }

    /// Every element, trust boundary and flow, in that order and in file order within.
    private func rows(of diagram: ModelDiagram, threats carried: [String: [CarriedThreat]],
                      anchor: String) -> [(id: String, view: DiagramRowView)] {
        let names = Dictionary(diagram.elements.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func named(_ name: String?) -> String { name.map { $0.isEmpty ? "an unnamed element" : $0 } ?? "nothing" }
        var entries: [(id: String, name: String, kind: String)] = diagram.elements.map { element in
            let kind = switch element.kind {
            case .process: "process"
            case .externalInteractor: "external interactor"
            case .dataStore: "data store"
            case .other: "note"
            }
            return (element.id, element.name, kind)
        }
        entries += diagram.boundaries.map { ($0.id, $0.name, "trust boundary") }
        entries += diagram.flows.map { flow in
            (flow.id, flow.name, "data flow from \(named(flow.sourceID.flatMap { names[$0] ?? "" })) "
                + "to \(named(flow.targetID.flatMap { names[$0] ?? "" }))")
        }
        return entries.enumerated().map { index, entry in
            let threats = carried[entry.id] ?? []
            let open = threats.filter(\.isOpen).count
            let mark = ArchitectureDiagramChart.Mark(open: Array(repeating: "", count: open),
                                                     covered: Array(repeating: "", count: threats.count - open))
            let views = threats.map { threat in
                DiagramThreatView(threat: items.reference(threat.position),
                                  state: graph[threat.position].origin?.stateLabel ?? "",
                                  verdict: threat.isOpen ? "open" : "covered")
            }
            return (entry.id, DiagramRowView(
                anchor: "\(anchor)-\(index + 1)", name: entry.name.isEmpty ? "(unnamed)" : entry.name,
                kind: entry.kind, threats: views, hasThreats: !views.isEmpty,
                stateText: threats.isEmpty ? "no threat" : mark.words,
                stateClass: threats.isEmpty ? "" : open > 0 ? "open" : "covered"))
        }
    }
}
