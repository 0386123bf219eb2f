import DossierThreatModel
import Foundation

/// Where everything of a diagram's picture goes, worked out before any of
/// it is drawn so that the picture's extent holds every shape and label.
struct DiagramLayout {
    typealias Mark = ArchitectureDiagramChart.Mark

    /// Lines of text centred on a point, with a white ground when they sit
    /// on lines (a flow's name).
    struct Label {
        static let lineHeight = 13.0
        var lines: [String]
        var center: ModelPoint
        var size = 11
        var bold = false
        var hasGround = false

        var width: Double { (lines.map { DiagramGeometry.textWidth($0, size: size) }.max() ?? 0) + 8 }
        var height: Double { lines.isEmpty ? 0 : Double(lines.count) * Self.lineHeight + 4 }
        var frame: ModelRect {
            ModelRect(x: center.x - width / 2, y: center.y - height / 2, width: width, height: height)
        }
    }

    /// A carrier's count and state: a swatch (hatched or plain) and words.
    struct Badge {
        static let height = 18.0
        var mark: Mark
        var center: ModelPoint

        var width: Double { 12 + 4 + DiagramGeometry.textWidth(mark.words, size: 10) * 1.08 + 12 }
        var frame: ModelRect {
            ModelRect(x: center.x - width / 2, y: center.y - Self.height / 2, width: width, height: Self.height)
        }
    }

    struct Element {
        var element: ModelElement
        var frame: ModelRect
        var label: Label
        var badge: Badge?
    }

    struct Flow {
        var flow: ModelFlow
        var curve: DiagramGeometry.Curve
        var label: Label?
        var badge: Badge?
        var sourceName: String?
        var targetName: String?
    }

    struct Boundary {
        var boundary: ModelBoundary
        var shape: ModelBoundary.Shape
        var curve: DiagramGeometry.Curve?
        var label: Label?
    }

    var elements: [Element] = []
    var flows: [Flow] = []
    var boundaries: [Boundary] = []

    init(diagram: ModelDiagram, marks: [String: Mark]) {
        var placed: [String: ModelElement] = [:]
        for element in diagram.elements {
            guard let frame = element.frame else { continue }
            placed[element.id] = element
            elements.append(Element(element: element, frame: frame, label: Self.name(of: element, in: frame),
                                    badge: marks[element.id].map {
                                        Badge(mark: $0, center: ModelPoint(x: frame.center.x,
                                                                           y: frame.y + frame.height + 4 + Badge.height / 2))
                                    }))
        }
        for boundary in diagram.boundaries {
            guard let shape = boundary.shape else { continue }
            boundaries.append(Self.boundary(boundary, shape: shape))
        }
        let names = Dictionary(diagram.elements.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for flow in diagram.flows where flow.points.count > 1 {
            let points = Self.attached(flow, to: placed)
            let curve = DiagramGeometry.Curve(points: points)
            let middle = curve.middle ?? points[0]
            let lines = DiagramGeometry.wrapped(flow.name, limit: 24)
            let label = lines.isEmpty ? nil : Label(lines: lines, center: middle, hasGround: true)
            let badge = marks[flow.id].map { mark in
                Badge(mark: mark, center: ModelPoint(
                    x: middle.x, y: label.map { middle.y + $0.height / 2 + 2 + Badge.height / 2 } ?? middle.y))
            }
            flows.append(Flow(flow: flow, curve: curve, label: label, badge: badge,
                              sourceName: flow.sourceID.flatMap { names[$0] },
                              targetName: flow.targetID.flatMap { names[$0] }))
        }
        separateLabels()
    }

    /// Moves labels that would cover one another: a nested boundary's name
    /// below its parent's, a flow's name and badge up or down off shapes
    /// and names already placed (the request and response of one pair of
    /// elements often have their handles side by side).
    private mutating func separateLabels() {
        var taken = elements.flatMap { [$0.frame, $0.label.frame] + ($0.badge.map { [$0.frame] } ?? []) }
        var names: [ModelRect] = []
        // The outer boxes first: a name moves down inside its own box.
        let boxes = boundaries.indices.compactMap { index -> (Int, Double)? in
            guard case .box(let frame) = boundaries[index].shape else { return nil }
            return (index, frame.width * frame.height)
        }
        for (index, _) in boxes.sorted(by: { $0.1 > $1.1 }) {
            guard var label = boundaries[index].label else { continue }
            while names.contains(where: { $0.intersects(label.frame) }) { label.center.y += label.height }
            boundaries[index].label = label
            names.append(label.frame)
        }
        taken += names
        for index in boundaries.indices {
            guard case .line = boundaries[index].shape, let frame = boundaries[index].label?.frame else { continue }
            let shift = Self.freeShift(for: frame, avoiding: &taken)
            boundaries[index].label?.center.x += shift.0
            boundaries[index].label?.center.y += shift.1
        }
        for index in flows.indices {
            guard let unit = Self.union([flows[index].label?.frame, flows[index].badge?.frame]) else { continue }
            let shift = Self.freeShift(for: unit, avoiding: &taken)
            flows[index].label?.center.x += shift.0
            flows[index].label?.center.y += shift.1
            flows[index].badge?.center.x += shift.0
            flows[index].badge?.center.y += shift.1
        }
    }

    /// The first of a few nearby places where `frame` covers nothing in
    /// `taken` (where it is, else a step down, up or aside), which it then
    /// takes; where it is when every place is taken.
    private static func freeShift(for frame: ModelRect, avoiding taken: inout [ModelRect]) -> (Double, Double) {
        let (across, down) = (frame.width / 2 + 2, frame.height + 2)
        let shifts = [(0, 0), (0, down), (0, -down), (across, 0), (-across, 0), (across, down), (-across, down),
                      (across, -down), (-across, -down), (0, 2 * down), (0, -2 * down)]
        let shift = shifts.first { shift in !taken.contains { $0.intersects(frame.offset(by: shift)) } } ?? (0, 0)
        taken.append(frame.offset(by: shift))
        return shift
    }

    private static func union(_ frames: [ModelRect?]) -> ModelRect? {
        let frames = frames.compactMap { $0 }
        guard let minX = frames.map(\.x).min(), let minY = frames.map(\.y).min(),
              let maxX = frames.map({ $0.x + $0.width }).max(), let maxY = frames.map({ $0.y + $0.height }).max()
        else { return nil }
        return ModelRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The name inside the shape, wrapped to its width and centred.
    private static func name(of element: ModelElement, in frame: ModelRect) -> Label {
        // A note keeps its own line breaks; a shape's name wraps to its width.
        let limit = element.kind == .other ? 60 : max(8, Int((frame.width - 12) / (11 * 0.56)))
        return Label(lines: DiagramGeometry.wrapped(element.name, limit: limit), center: frame.center)
    }

    private static func boundary(_ boundary: ModelBoundary, shape: ModelBoundary.Shape) -> Boundary {
        let lines = DiagramGeometry.wrapped(boundary.name, limit: 40)
        switch shape {
        case .box(let frame):
            // The name in the top left corner, inside, as the tools show it.
            var label = Label(lines: lines, center: frame.center, bold: true, hasGround: true)
            label.center = ModelPoint(x: frame.x + 4 + label.width / 2, y: frame.y + 4 + label.height / 2)
            return Boundary(boundary: boundary, shape: shape, label: lines.isEmpty ? nil : label)
        case .line(let points):
            let curve = DiagramGeometry.Curve(points: points)
            let label = curve.middle.map { Label(lines: lines, center: $0, bold: true, hasGround: true) }
            return Boundary(boundary: boundary, shape: shape, curve: curve, label: lines.isEmpty ? nil : label)
        }
    }

    /// A flow's points with an end that lies inside its element (a Threat
    /// Dragon cell's centre) moved out to the element's outline.
    private static func attached(_ flow: ModelFlow, to placed: [String: ModelElement]) -> [ModelPoint] {
        var points = flow.points
        func moveOut(_ index: Int, toward neighbour: Int, element id: String?) {
            guard let id, let element = placed[id], let frame = element.frame,
                  DiagramGeometry.isDeepInside(points[index], frame),
                  !DiagramGeometry.isDeepInside(points[neighbour], frame) else { return }
            points[index] = DiagramGeometry.exit(from: points[index], toward: points[neighbour], frame: frame,
                                                 isEllipse: element.kind == .process)
        }
        moveOut(0, toward: 1, element: flow.sourceID)
        moveOut(points.count - 1, toward: points.count - 2, element: flow.targetID)
        return points
    }

    /// The extent of everything drawn, with a margin, in whole pixels.
    var bounds: (x: Int, y: Int, width: Int, height: Int) {
        var frames: [ModelRect] = []
        for element in elements {
            frames.append(element.frame)
            frames.append(element.label.frame)
            if let badge = element.badge { frames.append(badge.frame) }
        }
        for flow in flows {
            frames += flow.curve.samples.map { ModelRect(x: $0.x - 6, y: $0.y - 6, width: 12, height: 12) }
            if let label = flow.label { frames.append(label.frame) }
            if let badge = flow.badge { frames.append(badge.frame) }
        }
        for boundary in boundaries {
            if case .box(let frame) = boundary.shape { frames.append(frame) }
            frames += (boundary.curve?.samples ?? []).map { ModelRect(x: $0.x - 2, y: $0.y - 2, width: 4, height: 4) }
            if let label = boundary.label { frames.append(label.frame) }
        }
        guard !frames.isEmpty else { return (0, 0, 200, 40) }
        let margin = 8.0
        let minX = (frames.map(\.x).min() ?? 0) - margin
        let minY = (frames.map(\.y).min() ?? 0) - margin
        let maxX = (frames.map { $0.x + $0.width }.max() ?? 0) + margin
        let maxY = (frames.map { $0.y + $0.height }.max() ?? 0) + margin
        let x = Int(minX.rounded(.down))
        let y = Int(minY.rounded(.down))
        return (x, y, Int(maxX.rounded(.up)) - x, Int(maxY.rounded(.up)) - y)
    }
}

private extension ModelRect {
    func intersects(_ other: ModelRect) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }

    func offset(by shift: (Double, Double)) -> ModelRect {
        ModelRect(x: x + shift.0, y: y + shift.1, width: width, height: height)
    }
}
