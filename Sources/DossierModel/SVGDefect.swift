/// What is wrong with an SVG that a body shows as an image. Browsers draw
/// such a file as far as they can and say nothing; WeasyPrint leaves a file
/// that is not XML out of the PDF, and one that refers to an id it does not
/// define can stop it altogether (`invalid-image`).
public enum SVGDefect: Hashable, Sendable {
    /// The file is not XML that parses: where in the SVG, and why.
    case notXML(line: Int, column: Int, reason: String)
    /// `url(#a)` or `href="#a"` with no element `id="a"`: the ids, sorted.
    case undefinedReferences([String])

    /// "is not XML that parses (line 3, column 7: …)", "refers to ids it
    /// does not define: `#a`, `#b`": what a message says after the file's name.
    public var statement: String {
        switch self {
        case .notXML(let line, let column, let reason):
            "is not XML that parses (line \(line), column \(column) of the SVG: \(reason))"
        case .undefinedReferences(let ids):
            "refers to \(ids.count == 1 ? "an id" : "ids") it does not define: "
                + ids.map { "`#\($0)`" }.joined(separator: ", ")
        }
    }
}
