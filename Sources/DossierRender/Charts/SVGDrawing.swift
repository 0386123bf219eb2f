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
    private var elements: [String] = []

    init(width: Int, height: Int, title: String, summary: String) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    static func escape(_ text: String) -> String { HTMLContentType().escapeText(text) }

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
                       strokeWidth: Int = 1, outline: Outline = .solid, rounded: Bool = false) {
        let corner = rounded ? " rx=\"6\"" : ""
        let thickness = strokeWidth == 1 ? "" : " stroke-width=\"\(strokeWidth)\""
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

    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), outline: Outline = .solid) {
        elements.append("<line x1=\"\(start.x)\" y1=\"\(start.y)\" x2=\"\(end.x)\" y2=\"\(end.y)\" stroke=\"#5b6475\" "
            + "stroke-width=\"1.5\"\(outline.rawValue)/>")
    }

    var svg: String {
        let label = Self.escape(title)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(label)\" font-size=\"12\" fill=\"\(Self.ink)\" "
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
