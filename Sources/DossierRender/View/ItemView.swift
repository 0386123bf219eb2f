import DossierMustache

struct ItemView: Sendable {
    var heading: ItemHeadingView
    var fields: [FieldView]
    var statusRows: [StatusRowView]
    var linksOut: [LinkGroupView]
    var linksIn: [LinkGroupView]
    var hasLinks: Bool
    /// Rendered body: HTML for HTML outputs, CommonMark for dossier.md.
    var body: String
    var findings: [FindingView]
    var hasFindings: Bool
    /// A threat's trace as inline SVG, in the HTML outputs; empty otherwise.
    var trace: String
    var hasTrace: Bool
    /// A section's model diagrams, drawn after its text (docs/format.md,
    /// "Security architecture views"); none in outputs without bodies.
    var figures: [DiagramFigureView] = []
    var hasFigures = false
    /// The field table (the `item-field-table` template, whose context is
    /// this view alone), rendered when a template shows it.
    var fieldTable = LazyText()
}

extension ItemView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "heading": TemplateValue(self.heading)
        case "fields": TemplateValue(self.fields)
        case "statusRows": TemplateValue(self.statusRows)
        case "linksOut": TemplateValue(self.linksOut)
        case "linksIn": TemplateValue(self.linksIn)
        case "hasLinks": TemplateValue(self.hasLinks)
        case "body": TemplateValue(self.body)
        case "findings": TemplateValue(self.findings)
        case "hasFindings": TemplateValue(self.hasFindings)
        case "trace": TemplateValue(self.trace)
        case "hasTrace": TemplateValue(self.hasTrace)
        case "figures": TemplateValue(self.figures)
        case "hasFigures": TemplateValue(self.hasFigures)
        case "fieldTable": TemplateValue(self.fieldTable)
        default: self.heading.value(named: name)
        }
    }
}
