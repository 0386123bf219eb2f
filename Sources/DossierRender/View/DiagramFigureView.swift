import Mustache

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

extension DiagramFigureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "title": self.title
        case "description": self.description
        case "picture": self.picture
        case "hasPicture": self.hasPicture
        case "file": self.file
        case "whyNoPicture": self.whyNoPicture
        case "hasWhyNoPicture": self.hasWhyNoPicture
        case "rows": self.rows
        case "hasRows": self.hasRows
        default: nil
        }
    }
}

extension DiagramRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": self.anchor
        case "name": self.name
        case "kind": self.kind
        case "threats": self.threats
        case "hasThreats": self.hasThreats
        case "stateText": self.stateText
        case "stateClass": self.stateClass
        default: nil
        }
    }
}

extension DiagramThreatView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "state": self.state
        case "verdict": self.verdict
        default: nil
        }
    }
}
