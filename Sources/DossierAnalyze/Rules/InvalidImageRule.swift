import DossierLink
import DossierModel

/// A picture in the dossier that a PDF renderer cannot draw leaves the
/// Notified Body's copy without it, or without a PDF at all.
public struct InvalidImageRule: Rule {
    public let documentation = RuleDocumentation(
        .invalidImage, .minor, clause: "ISO 13485 §4.2.5",
        summary: "A body shows an SVG image that is not XML that parses, or that refers to an id it does not define.",
        rationale: "Records must stay legible. Browsers draw a broken SVG as far as they can and say nothing, "
            + "so the site looks right; the PDF for the Notified Body leaves out an SVG that does not parse, "
            + "and WeasyPrint can stop on a reference to an undefined id (`marker-end=\"url(#arrow)\"` with no "
            + "`id=\"arrow\"`). The PDF's copy of the SVG drops such references, which may change how it looks.",
        remedy: "Export the SVG again from its drawing tool, or fix it: close the element or quote the value at "
            + "the line the finding names, and define each id the file refers to (or drop the reference).",
        failing: """
            <!-- sections/architecture.svg, shown by ![Architecture](architecture.svg) -->
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">
              <line x1="10" y1="20" x2="190" y2="20" stroke="black" marker-end="url(#arrow)"/>
            </svg>
            """,
        passing: """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">
              <defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto">
                <path d="M0,0 L8,4 L0,8 z"/></marker></defs>
              <line x1="10" y1="20" x2="190" y2="20" stroke="black" marker-end="url(#arrow)"/>
            </svg>
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard !graph.imageDefects.isEmpty else { return [] }
        return graph.imageLinks(endingWith: ".svg").compactMap { link in
            let item = graph[link.item]
            guard item.isLive, let defect = graph.imageDefects[link.path] else { return nil }
            let effect: String
            let remedy: String
            switch defect {
            case .notXML(let line, _, _):
                effect = "browsers draw it as far as they can, the PDF leaves it out"
                remedy = "export it again from its drawing tool, or fix the XML at line \(line) of \(link.path)"
            case .undefinedReferences:
                effect = "browsers ignore such a reference, the PDF's copy of the image drops it"
                remedy = "define the ids in \(link.path), or drop the references to them; exporting it again "
                    + "from its drawing tool usually does both"
            }
            return RuleViolation(
                subject: item.id, location: SourceLocation(file: item.location.file, line: link.line),
                message: "\(item.id) shows \(link.path), which \(defect.statement); \(effect) (\(clause))",
                remedy: remedy)
        }
    }
}
