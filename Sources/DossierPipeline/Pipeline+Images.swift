import DossierLink
import DossierLoad
import DossierModel
import DossierRender
import Foundation

extension Pipeline {
    /// The SVG files that bodies show as images, read from `root` and
    /// inspected, each once however many bodies show it. A file that cannot
    /// be read has no defect here: the build reports it as unreadable.
    static func svgDefects(in graph: TraceGraph, root: URL) -> [String: SVGDefect] {
        let paths = Set(graph.imageLinks(endingWith: ".svg").map(\.path)).sorted(by: ByteOrder.precedes)
        guard !paths.isEmpty else { return [:] }
        var defects: [String: SVGDefect] = [:]
        for file in AttachmentReader().read(paths, from: root).attachments {
            defects[file.path] = SVGInspection.defect(of: file.contents)
        }
        return defects
    }

    /// The images dossier.html embeds, with the items that show each, for
    /// the PDF: the SVGs among them go to WeasyPrint as their PDF copies,
    /// and a failure names them.
    static func pdfImages(_ input: RenderInput) -> [PDFImage] {
        var shownBy: [String: [String]] = [:]
        for link in input.graph.imageLinks() {
            let id = input.graph[link.item].id
            if shownBy[link.path]?.last != id { shownBy[link.path, default: []].append(id) }
        }
        return shownBy.keys.sorted(by: ByteOrder.precedes).compactMap { path in
            input.attachments[path].map { PDFImage(path: path, data: $0, shownBy: shownBy[path] ?? []) }
        }
    }
}
