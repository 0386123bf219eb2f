import DossierMustache

/// A picture that counts things in a grid, with the same counts as a table:
/// the table is the picture's text alternative, and what dossier.md shows.
struct CountGridView: Sendable {
    /// Inline SVG; empty in outputs that draw none.
    var picture: String
    /// The heading of the row titles' column.
    var corner: String
    var columns: [String]
    var rows: [CountGridRowView]
}

extension CountGridView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "picture": TemplateValue(self.picture)
        case "corner": TemplateValue(self.corner)
        case "columns": TemplateValue(self.columns)
        case "rows": TemplateValue(self.rows)
        default: .null
        }
    }
}
