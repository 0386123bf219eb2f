import Mustache

public struct ItemView: Sendable {
    public var heading: ItemHeadingView
    public var fields: [FieldView]
    public var statusRows: [StatusRowView]
    public var linksOut: [LinkGroupView]
    public var linksIn: [LinkGroupView]
    public var hasLinks: Bool
    /// Rendered body: HTML for HTML outputs, CommonMark for dossier.md.
    public var body: String
    public var findings: [FindingView]
    public var hasFindings: Bool
    /// A threat's trace as inline SVG, in the HTML outputs; empty otherwise.
    public var trace: String
    public var hasTrace: Bool
    /// A section's model diagrams, drawn after its text (docs/format.md,
    /// "Security architecture views"); none in outputs without bodies.
    var figures: [DiagramFigureView] = []
    var hasFigures = false
    /// The field table (the `item-field-table` template, whose context is
    /// this view alone), rendered when a template shows it.
    var fieldTable = LazyText()
}

extension ItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "fields": self.fields
        case "statusRows": self.statusRows
        case "linksOut": self.linksOut
        case "linksIn": self.linksIn
        case "hasLinks": self.hasLinks
        case "body": self.body
        case "findings": self.findings
        case "hasFindings": self.hasFindings
        case "trace": self.trace
        case "hasTrace": self.hasTrace
        case "figures": self.figures
        case "hasFigures": self.hasFigures
        case "fieldTable": self.fieldTable
        default: self.heading.child(named: name)
        }
    }
}
