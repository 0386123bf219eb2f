import DossierModel
import DossierThreatModel

/// One diagram of a threat-model file drawn from the positions the file
/// stores (SPEC §14.1): processes as ellipses, external interactors as
/// rectangles, data stores between two lines, trust boundaries dashed,
/// flows as arrows through their stored points. An element or flow that
/// carries threats shows how many and whether they are open or covered in
/// words and by pattern (hatched: open; plain: covered), not by colour alone.
struct ArchitectureDiagramChart {
    /// The threats one element or flow carries, as the caller judged them.
    struct Mark: Hashable, Sendable {
        /// Ids of threats not triaged, or mitigated with no security
        /// requirement tracing to them.
        var open: [String]
        /// Ids of threats mitigated with a tracing requirement, or not
        /// applicable with a justification.
        var covered: [String]

        init(open: [String] = [], covered: [String] = []) {
            self.open = open
            self.covered = covered
        }

        var isOpen: Bool { !open.isEmpty }

        /// "2 open", "3 covered", "2 open, 1 covered".
        var words: String {
            [open.isEmpty ? nil : "\(open.count) open", covered.isEmpty ? nil : "\(covered.count) covered"]
                .compactMap { $0 }.joined(separator: ", ")
        }

        /// The same with the ids, for the shape's tooltip.
        var detail: String {
            [open.isEmpty ? nil : "\(open.count) open: " + open.joined(separator: ", "),
             covered.isEmpty ? nil : "\(covered.count) covered: " + covered.joined(separator: ", ")]
                .compactMap { $0 }.joined(separator: "; ")
        }
    }

    var diagram: ModelDiagram
    /// The figure's accessible name; the diagram's name unless the caller
    /// says more (the file it comes from).
    var title: String
    /// By carrier id: a flow's or element's id (`ModelThreat.carrierID`).
    var marks: [String: Mark]
    /// Where a carrier's shape leads (the list of its threats); nil for no link.
    var href: (String) -> String?

    init(diagram: ModelDiagram, title: String? = nil, marks: [String: Mark] = [:],
         href: @escaping (String) -> String? = { _ in nil }) {
        self.diagram = diagram
        self.title = title ?? diagram.name
        self.marks = marks
        self.href = href
    }

    var svg: String {
        let layout = DiagramLayout(diagram: diagram, marks: marks)
        let bounds = layout.bounds
        var drawing = SVGDrawing(width: bounds.width, height: bounds.height, title: title, summary: summary)
        drawing.origin = (bounds.x, bounds.y)
        drawing.fitsWidth = true
        for boundary in layout.boundaries { draw(boundary, on: &drawing) }
        for flow in layout.flows { draw(flow, on: &drawing) }
        for element in layout.elements { draw(element, on: &drawing) }
        // Names on lines last, so that no shape covers them.
        for boundary in layout.boundaries { drawLabel(of: boundary, on: &drawing) }
        for flow in layout.flows { drawLabel(of: flow, on: &drawing) }
        return drawing.svg
    }

    /// What the picture shows, in one paragraph, for its `<desc>`.
    var summary: String {
        let drawn = diagram.elements.filter { $0.kind != .other }.count
        let carriers = (diagram.elements.map(\.id) + diagram.flows.map(\.id)).compactMap { marks[$0] }
        let open = carriers.map(\.open.count).reduce(0, +)
        let covered = carriers.map(\.covered.count).reduce(0, +)
        let boundaries = CountText.phrase(diagram.boundaries.count, "trust boundary", "trust boundaries")
        var text = "Data-flow diagram \(diagram.name.isEmpty ? "without a name" : "“\(diagram.name)”"): "
            + "\(CountText.phrase(drawn, "element")), \(boundaries), \(CountText.phrase(diagram.flows.count, "data flow")). "
        if carriers.isEmpty {
            text += "No element or flow carries a threat."
        } else {
            text += "\(CountText.phrase(carriers.count, "element or flow carries", "elements and flows carry")) threats: "
                + "\(open) open (hatched badge), \(covered) covered (plain badge)."
        }
        return text
    }
}
