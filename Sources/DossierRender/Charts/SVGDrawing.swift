import DossierMustache

/// An inline SVG picture built element by element, for the charts the tool
/// draws itself. Coordinates are whole pixels so the same input gives the
/// same bytes; every text goes through the HTML escaping, so a title with
/// `<` or `&` in it stays text.
struct SVGDrawing {
    let width: Int
    let height: Int
    /// The accessible name: the `<title>` and `aria-label`.
    let title: String
    /// A sentence saying what the picture shows, for its `<desc>`.
    let summary: String
    /// The top left corner of the picture: a diagram drawn in a file's own
    /// coordinates need not start at 0.
    var origin = (x: 0, y: 0)
    /// Whether the root itself says to shrink to the width it is given, for
    /// a picture also written as a file of its own, where no stylesheet does.
    var fitsWidth = false
    private var elements: [String] = []

    init(width: Int, height: Int, title: String, summary: String) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    static func escape(_ text: String) -> String { HTMLContentType().escape(text) }

    /// The colour of text unless a call says otherwise.
    static let ink = "#1d2433"

    /// How a box's outline is drawn: gaps are dashed so they read as gaps
    /// in black and white too.
    enum Outline: String {
        case solid = ""
        case dashed = " stroke-dasharray=\"6 4\""
        case dotted = " stroke-dasharray=\"2 3\""
    }

    mutating func raw(_ element: String) { elements.append(element) }

    /// What `draw` adds, as a link to `href` when there is one: a box of
    /// the picture leads to the item it names, as the tables' ids do.
    mutating func link(to href: String?, _ draw: (inout SVGDrawing) -> Void) {
        guard let href else { return draw(&self) }
        elements.append("<a href=\"\(Self.escape(href))\">")
        draw(&self)
        elements.append("</a>")
    }

    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: String, stroke: String = "#5b6475",
                       strokeWidth: Double = 1, outline: Outline = .solid, rounded: Bool = false) {
        let corner = rounded ? " rx=\"6\"" : ""
        let thickness = strokeWidth == 1 ? "" : " stroke-width=\"\(Self.number(strokeWidth))\""
        elements.append("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\"\(corner) fill=\"\(fill)\" "
            + "stroke=\"\(stroke)\"\(thickness)\(outline.rawValue)/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Int, y: Int, anchor: Anchor = .start, size: Int = 12, bold: Bool = false,
                       fill: String = ink, rotated: Bool = false) {
        // The defaults (start, 12, ink) are set once on the root element: a
        // large dossier draws thousands of these.
        let alignment = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
        let fontSize = size == 12 ? "" : " font-size=\"\(size)\""
        let weight = bold ? " font-weight=\"600\"" : ""
        let colour = fill == Self.ink ? "" : " fill=\"\(fill)\""
        let rotation = rotated ? " transform=\"rotate(-90 \(x) \(y))\"" : ""
        elements.append("<text x=\"\(x)\" y=\"\(y)\"\(alignment)\(fontSize)\(weight)\(colour)\(rotation)>"
            + "\(Self.escape(text))</text>")
    }

    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), outline: Outline = .solid,
                       stroke: String = "#5b6475", strokeWidth: Double = 1.5) {
        elements.append("<line x1=\"\(start.x)\" y1=\"\(start.y)\" x2=\"\(end.x)\" y2=\"\(end.y)\" stroke=\"\(stroke)\" "
            + "stroke-width=\"\(Self.number(strokeWidth))\"\(outline.rawValue)/>")
    }

    mutating func ellipse(centerX: Int, centerY: Int, radiusX: Int, radiusY: Int, fill: String,
                          stroke: String = "#5b6475", strokeWidth: Double = 1.5) {
        elements.append("<ellipse cx=\"\(centerX)\" cy=\"\(centerY)\" rx=\"\(radiusX)\" ry=\"\(radiusY)\" fill=\"\(fill)\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(Self.number(strokeWidth))\"/>")
    }

    /// An unfilled path; `data` is its `d` attribute, built from whole numbers.
    mutating func path(_ data: String, stroke: String = "#5b6475", strokeWidth: Double = 1.5,
                       outline: Outline = .solid) {
        elements.append("<path d=\"\(data)\" fill=\"none\" stroke=\"\(stroke)\" "
            + "stroke-width=\"\(Self.number(strokeWidth))\"\(outline.rawValue)/>")
    }

    mutating func polygon(_ points: [(x: Int, y: Int)], fill: String) {
        let list = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        elements.append("<polygon points=\"\(list)\" fill=\"\(fill)\"/>")
    }

    /// What `draw` adds as one group with its own `<title>`: the tooltip and
    /// accessible name of a shape that stands for something.
    mutating func group(titled title: String, _ draw: (inout SVGDrawing) -> Void) {
        elements.append("<g><title>\(Self.escape(title))</title>")
        draw(&self)
        elements.append("</g>")
    }

    /// `1.5`, `2`: a stroke width without a trailing `.0`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    var svg: String {
        let label = Self.escape(title)
        let scaling = fitsWidth ? " style=\"max-width: 100%; height: auto\"" : ""
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"\(origin.x) \(origin.y) \(width) \(height)\"\(scaling) role=\"img\" aria-label=\"\(label)\" "
            + "font-size=\"12\" fill=\"\(Self.ink)\" "
            + "font-family=\"'Source Sans 3', 'Segoe UI', Helvetica, Arial, sans-serif\">"
            + "<title>\(label)</title><desc>\(Self.escape(summary))</desc>"
            + elements.joined() + "</svg>"
    }

    /// `text` cut to `limit` characters with an ellipsis: boxes have a fixed
    /// width, and the full text is in the table beside the picture.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
