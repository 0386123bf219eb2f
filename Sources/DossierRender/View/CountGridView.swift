import Mustache

/// A picture that counts things in a grid, with the same counts as a table:
/// the table is the picture's text alternative, and what dossier.md shows.
public struct CountGridView: Sendable {
    /// Inline SVG; empty in outputs that draw none.
    public var picture: String
    /// The heading of the row titles' column.
    public var corner: String
    public var columns: [String]
    public var rows: [CountGridRowView]
}

extension CountGridView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "picture": self.picture
        case "corner": self.corner
        case "columns": self.columns
        case "rows": self.rows
        default: nil
        }
    }
}
