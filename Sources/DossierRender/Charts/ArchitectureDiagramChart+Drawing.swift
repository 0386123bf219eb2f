import DossierThreatModel

/// How each part of a diagram is drawn.
extension ArchitectureDiagramChart {
    private static let boundaryColour = "#b54708"
    private static let openColour = "#b42318"
    private static let coveredColour = "#1e7b45"

    private static func stroke(for mark: Mark?) -> (colour: String, width: Double) {
        guard let mark else { return (SVGDrawing.ink, 1.5) }
        return mark.isOpen ? (openColour, 2.5) : (coveredColour, 2)
    }

    private static func whole(_ point: ModelPoint) -> (x: Int, y: Int) {
        (DiagramGeometry.whole(point.x), DiagramGeometry.whole(point.y))
    }

    private func title(of boundary: DiagramLayout.Boundary) -> String {
        "\(boundary.boundary.name.isEmpty ? "Unnamed" : boundary.boundary.name) (trust boundary)"
    }

    func draw(_ boundary: DiagramLayout.Boundary, on drawing: inout SVGDrawing) {
        drawing.group(titled: title(of: boundary)) { drawing in
            switch boundary.shape {
            case .box(let frame):
                drawing.rect(x: DiagramGeometry.whole(frame.x), y: DiagramGeometry.whole(frame.y),
                             width: DiagramGeometry.whole(frame.width), height: DiagramGeometry.whole(frame.height),
                             fill: "none", stroke: Self.boundaryColour, strokeWidth: 2, outline: .dashed)
            case .line:
                drawing.path(boundary.curve?.pathData ?? "", stroke: Self.boundaryColour, strokeWidth: 2,
                             outline: .dashed)
            }
        }
    }

    func drawLabel(of boundary: DiagramLayout.Boundary, on drawing: inout SVGDrawing) {
        guard let label = boundary.label else { return }
        drawing.group(titled: title(of: boundary)) { drawing in
            Self.draw(label, fill: Self.boundaryColour, on: &drawing)
        }
    }

    private func title(of flow: DiagramLayout.Flow) -> String {
        let ends = [flow.sourceName, flow.targetName].map { $0.map { $0.isEmpty ? "unnamed" : $0 } ?? "nothing" }
        let title = "\(flow.flow.name.isEmpty ? "Unnamed" : flow.flow.name) (data flow from \(ends[0]) to \(ends[1]))"
        return marks[flow.flow.id].map { title + ": " + $0.detail } ?? title
    }

    func draw(_ flow: DiagramLayout.Flow, on drawing: inout SVGDrawing) {
        let stroke = Self.stroke(for: marks[flow.flow.id])
        drawing.link(to: href(flow.flow.id)) { drawing in
            drawing.group(titled: title(of: flow)) { drawing in
                drawing.path(flow.curve.pathData, stroke: stroke.colour, strokeWidth: stroke.width)
                if let end = flow.curve.points.last, let direction = flow.curve.arrivalDirection {
                    // An arrowhead 10 px long ending on the outline.
                    let back = ModelPoint(x: end.x - direction.x * 10, y: end.y - direction.y * 10)
                    let side = ModelPoint(x: -direction.y * 4.5, y: direction.x * 4.5)
                    drawing.polygon([Self.whole(end), Self.whole(ModelPoint(x: back.x + side.x, y: back.y + side.y)),
                                     Self.whole(ModelPoint(x: back.x - side.x, y: back.y - side.y))],
                                    fill: stroke.colour)
                }
            }
        }
    }

    func drawLabel(of flow: DiagramLayout.Flow, on drawing: inout SVGDrawing) {
        guard flow.label != nil || flow.badge != nil else { return }
        drawing.link(to: href(flow.flow.id)) { drawing in
            drawing.group(titled: title(of: flow)) { drawing in
                if let label = flow.label { Self.draw(label, fill: SVGDrawing.ink, on: &drawing) }
                if let badge = flow.badge { Self.draw(badge, on: &drawing) }
            }
        }
    }

    func draw(_ element: DiagramLayout.Element, on drawing: inout SVGDrawing) {
        let mark = marks[element.element.id]
        let stroke = Self.stroke(for: mark)
        let frame = element.frame
        let (x, y) = Self.whole(ModelPoint(x: frame.x, y: frame.y))
        let (width, height) = Self.whole(ModelPoint(x: frame.width, y: frame.height))
        let kind = switch element.element.kind {
        case .process: "process"
        case .externalInteractor: "external interactor"
        case .dataStore: "data store"
        case .other: "note"
        }
        var title = "\(element.element.name.isEmpty ? "Unnamed" : element.element.name) (\(kind))"
        if let mark { title += ": " + mark.detail }
        drawing.link(to: href(element.element.id)) { drawing in
            drawing.group(titled: title) { drawing in
                switch element.element.kind {
                case .process:
                    let (centerX, centerY) = Self.whole(frame.center)
                    drawing.ellipse(centerX: centerX, centerY: centerY, radiusX: width / 2, radiusY: height / 2,
                                    fill: "#ffffff", stroke: stroke.colour, strokeWidth: stroke.width)
                case .externalInteractor:
                    drawing.rect(x: x, y: y, width: width, height: height, fill: "#ffffff", stroke: stroke.colour,
                                 strokeWidth: stroke.width)
                case .dataStore:
                    // A white ground keeps flows that pass behind from crossing the name.
                    drawing.rect(x: x, y: y, width: width, height: height, fill: "#ffffff", stroke: "none")
                    drawing.line(from: (x, y), to: (x + width, y), stroke: stroke.colour, strokeWidth: stroke.width)
                    drawing.line(from: (x, y + height), to: (x + width, y + height), stroke: stroke.colour,
                                 strokeWidth: stroke.width)
                case .other:
                    break
                }
                Self.draw(element.label, fill: element.element.kind == .other ? "#5b6475" : SVGDrawing.ink, on: &drawing)
                if let badge = element.badge { Self.draw(badge, on: &drawing) }
            }
        }
    }

    private static func draw(_ label: DiagramLayout.Label, fill: String, on drawing: inout SVGDrawing) {
        let frame = label.frame
        if label.hasGround {
            drawing.rect(x: DiagramGeometry.whole(frame.x), y: DiagramGeometry.whole(frame.y),
                         width: DiagramGeometry.whole(frame.width), height: DiagramGeometry.whole(frame.height),
                         fill: "#ffffff", stroke: "none")
        }
        for (index, line) in label.lines.enumerated() {
            // A baseline sits about three quarters of the line height down.
            let baseline = frame.y + 2 + Double(index) * DiagramLayout.Label.lineHeight + 10
            drawing.text(line, x: DiagramGeometry.whole(label.center.x), y: DiagramGeometry.whole(baseline),
                         anchor: .middle, size: label.size, bold: label.bold, fill: fill)
        }
    }

    /// A swatch and words: hatched for open, plain for covered, so the state
    /// reads in grey print too.
    private static func draw(_ badge: DiagramLayout.Badge, on drawing: inout SVGDrawing) {
        let frame = badge.frame
        let x = DiagramGeometry.whole(frame.x)
        let y = DiagramGeometry.whole(frame.y)
        let colour = badge.mark.isOpen ? openColour : coveredColour
        drawing.rect(x: x, y: y, width: DiagramGeometry.whole(frame.width), height: Int(DiagramLayout.Badge.height),
                     fill: "#ffffff", stroke: colour, rounded: true)
        let swatch = (x: x + 4, y: y + 3)
        drawing.rect(x: swatch.x, y: swatch.y, width: 12, height: 12, fill: badge.mark.isOpen ? "#ffffff" : colour,
                     stroke: colour)
        if badge.mark.isOpen {
            for sum in stride(from: 3, through: 21, by: 4) {
                let start = (x: swatch.x + max(0, sum - 12), y: swatch.y + sum - max(0, sum - 12))
                let end = (x: swatch.x + min(12, sum), y: swatch.y + sum - min(12, sum))
                drawing.line(from: start, to: end, stroke: colour, strokeWidth: 1.5)
            }
        }
        drawing.text(badge.mark.words, x: swatch.x + 16, y: y + 13, size: 10, bold: true)
    }
}
