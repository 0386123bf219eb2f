import DossierMustache

/// One diagram of a threat-model file as the dossier shows it (SPEC §14.1):
/// a title, a sentence saying what it shows, the picture, and a table of
/// the same facts, so nothing is said only by the picture.
struct DiagramFigureView: Sendable {
    /// The figure's id in the page; its rows' ids start with it.
    var anchor: String
    /// "Cloud and portal (threat-model/glucolink.tm7, diagram 1)".
    var title: String
    var description: String
    /// Inline SVG, in the HTML outputs; empty where none is drawn.
    var picture: String
    var hasPicture: Bool
    /// Where dossier.md finds the picture: `views/<file-stem>-<n>.svg`.
    var file: String
    /// Why there is no picture: the file stores no positions, or the
    /// diagram holds no element.
    var whyNoPicture: String
    var hasWhyNoPicture: Bool
    var rows: [DiagramRowView]
    /// False for a diagram that holds nothing to list.
    var hasRows: Bool
}

/// One element, trust boundary or flow of a diagram, with the threats it carries.
struct DiagramRowView: Sendable {
    /// The target of the picture's link to this row.
    var anchor: String
    var name: String
    /// "process", "data flow from Portal to API", "trust boundary" …
    var kind: String
    var threats: [DiagramThreatView]
    var hasThreats: Bool
    /// "2 open, 1 covered"; "none" for a row without threats.
    var stateText: String
    /// open, covered, or empty: the badge's class.
    var stateClass: String
}

/// A threat in a diagram's table: its id and title, its state in the tool,
/// and whether it still asks something of the design.
struct DiagramThreatView: Sendable {
    var threat: ItemReferenceView
    /// As the tool shows it: "Mitigated", "Not Started" …
    var state: String
    /// open or covered, as the picture counts it: a threat dismissed with a
    /// justification is covered (ThreatModelChapterBuilder.stateClass).
    var verdict: String
}

extension DiagramFigureView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "anchor": TemplateValue(self.anchor)
        case "title": TemplateValue(self.title)
        case "description": TemplateValue(self.description)
        case "picture": TemplateValue(self.picture)
        case "hasPicture": TemplateValue(self.hasPicture)
        case "file": TemplateValue(self.file)
        case "whyNoPicture": TemplateValue(self.whyNoPicture)
        case "hasWhyNoPicture": TemplateValue(self.hasWhyNoPicture)
        case "rows": TemplateValue(self.rows)
        case "hasRows": TemplateValue(self.hasRows)
        default: .null
        }
    }
}

extension DiagramRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "anchor": TemplateValue(self.anchor)
        case "name": TemplateValue(self.name)
        case "kind": TemplateValue(self.kind)
        case "threats": TemplateValue(self.threats)
        case "hasThreats": TemplateValue(self.hasThreats)
        case "stateText": TemplateValue(self.stateText)
        case "stateClass": TemplateValue(self.stateClass)
        default: .null
        }
    }
}

extension DiagramThreatView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(self.threat)
        case "state": TemplateValue(self.state)
        case "verdict": TemplateValue(self.verdict)
        default: .null
        }
    }
}
