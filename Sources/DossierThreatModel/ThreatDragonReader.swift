/// Reads an OWASP Threat Dragon 2.x model: `detail.diagrams[]`, each with
/// the `cells` of its graph (X6 cells: elements with `position` and
/// `size`, edges with `source`, `target` and `vertices`), threats held in
/// each cell's `data.threats`.
enum ThreatDragonReader {
    static func document(from json: LocatedJSON, path: String) -> ThreatModelDocument {
        var diagrams: [ModelDiagram] = []
        var threats: [ModelThreat] = []
        for (index, entry) in (json["detail"]?["diagrams"]?.array ?? []).enumerated() {
            let cells = entry["cells"]?.array ?? []
            let diagram = diagram(entry, cells: cells, position: index + 1)
            diagrams.append(diagram)
            threats += diagramThreats(cells, diagram: diagram, modelType: entry["diagramType"]?.text)
        }
        return ThreatModelDocument(path: path, format: .threatDragon, version: json["version"]?.nonBlankText,
                                   diagrams: diagrams, threats: threats)
    }

    /// What a cell is: `data.type`, else its shape (`trust-broundary-curve`
    /// is how Threat Dragon 2.0–2.2 spelt one).
    private enum CellKind {
        case element(ModelElement.Kind)
        case flow
        case boundaryBox
        case boundaryLine

        init?(_ cell: LocatedJSON) {
            switch cell["data"]?["type"]?.text ?? "" {
            case "tm.Actor": self = .element(.externalInteractor)
            case "tm.Process": self = .element(.process)
            case "tm.Store": self = .element(.dataStore)
            case "tm.Text": self = .element(.other)
            case "tm.Flow": self = .flow
            case "tm.BoundaryBox": self = .boundaryBox
            case "tm.Boundary": self = .boundaryLine
            default:
                switch cell["shape"]?.text ?? "" {
                case "actor": self = .element(.externalInteractor)
                case "process": self = .element(.process)
                case "store": self = .element(.dataStore)
                case "td-text-block": self = .element(.other)
                case "flow": self = .flow
                case "trust-boundary-box": self = .boundaryBox
                case "trust-boundary-curve", "trust-broundary-curve": self = .boundaryLine
                default: return nil
                }
            }
        }
    }

    /// `data.name`, else `attrs.text.text`, else `attrs.label.text`.
    static func name(_ cell: LocatedJSON) -> String {
        cell["data"]?["name"]?.nonBlankText ?? cell["attrs"]?["text"]?["text"]?.nonBlankText
            ?? cell["attrs"]?["label"]?["text"]?.nonBlankText ?? ""
    }

    private static func diagram(_ entry: LocatedJSON, cells: [LocatedJSON], position: Int) -> ModelDiagram {
        var diagram = ModelDiagram(id: entry["id"]?.text ?? String(position), name: entry["title"]?.text ?? "")
        var frames: [String: ModelRect] = [:]
        for cell in cells {
            if let id = cell["id"]?.text, let frame = rect(cell) { frames[id] = frame }
        }
        for cell in cells {
            guard let kind = CellKind(cell) else { continue }
            let id = cell["id"]?.text ?? ""
            switch kind {
            case .element(let elementKind):
                diagram.elements.append(ModelElement(id: id, kind: elementKind, name: name(cell), frame: rect(cell)))
            case .boundaryBox:
                diagram.boundaries.append(ModelBoundary(id: id, name: name(cell), shape: rect(cell).map { .box($0) }))
            case .boundaryLine:
                let points = edgePoints(cell, frames: frames)
                diagram.boundaries.append(ModelBoundary(id: id, name: name(cell),
                                                        shape: points.isEmpty ? nil : .line(points)))
            case .flow:
                diagram.flows.append(ModelFlow(id: id, name: name(cell), sourceID: cell["source"]?["cell"]?.text,
                                               targetID: cell["target"]?["cell"]?.text,
                                               points: edgePoints(cell, frames: frames)))
            }
        }
        return diagram
    }

    private static func rect(_ cell: LocatedJSON) -> ModelRect? {
        guard let x = cell["position"]?["x"]?.number, let y = cell["position"]?["y"]?.number,
              let width = cell["size"]?["width"]?.number, let height = cell["size"]?["height"]?.number
        else { return nil }
        return ModelRect(x: x, y: y, width: width, height: height)
    }

    /// Start, vertices, end; an end attached to a cell is the cell's centre.
    /// Empty unless both ends are known.
    private static func edgePoints(_ cell: LocatedJSON, frames: [String: ModelRect]) -> [ModelPoint] {
        func end(_ key: String) -> ModelPoint? {
            guard let end = cell[key] else { return nil }
            if let id = end["cell"]?.text { return frames[id]?.center }
            return point(end)
        }
        guard let start = end("source"), let finish = end("target") else { return [] }
        return [start] + (cell["vertices"]?.array ?? []).compactMap(point) + [finish]
    }

    private static func point(_ json: LocatedJSON) -> ModelPoint? {
        guard let x = json["x"]?.number, let y = json["y"]?.number else { return nil }
        return ModelPoint(x: x, y: y)
    }
}
