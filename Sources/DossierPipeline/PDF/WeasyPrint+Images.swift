import DossierLoad
import DossierRender
import DossierWrite
import Foundation

/// An image dossier.html embeds, as the PDF stage needs to know it.
struct PDFImage: Sendable {
    /// The content path.
    var path: String
    var data: Data
    /// The ids of the items whose bodies show it, in item order.
    var shownBy: [String]

    var isSVG: Bool { path.lowercased().hasSuffix(".svg") }

    /// "sections/architecture.svg (shown in SEC-SYSTEM)".
    var label: String {
        shownBy.isEmpty ? path : "\(path) (shown in \(shownBy.joined(separator: ", ")))"
    }
}

extension WeasyPrint {
    /// Beside dossier.html, and gone before the output is committed.
    static let pdfSourceName = ".dossier-pdf-source.html"

    /// What WeasyPrint reads: dossier.html as it is, or, when an SVG it
    /// embeds refers to ids it does not define, a copy beside it (so that
    /// relative links resolve alike) in which those SVGs are their PDF
    /// copies (`SVGInspection.pdfCopy`). dossier.html keeps the author's files.
    static func pdfSource(in folder: URL, images: [PDFImage]) throws(PDFFailure) -> URL {
        let html = folder.appendingPathComponent("dossier.html")
        let copies = images.filter(\.isSVG).compactMap { image in
            SVGInspection.pdfCopy(of: image.data).map {
                (ImageEmbedding.dataURI(of: image.path, image.data), ImageEmbedding.dataURI(of: image.path, $0))
            }
        }
        guard !copies.isEmpty else { return html }
        let source = folder.appendingPathComponent(pdfSourceName)
        do {
            var text = try String(contentsOf: html, encoding: .utf8)
            for (original, copy) in copies {
                text = text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(copy)\"")
            }
            try Data(text.utf8).write(to: source)
        } catch {
            throw .cannotRun("cannot write the PDF's copy of dossier.html: \(error.localizedDescription)")
        }
        return source
    }

    /// The SVG images that WeasyPrint cannot draw even alone, each tried in
    /// a page of its own, as handed to it: what a failure names. Only SVGs:
    /// WeasyPrint draws them itself, and leaves out a raster it cannot read.
    func imagesNotDrawn(_ images: [PDFImage]) -> [PDFImage] {
        images.filter(\.isSVG).filter { image in
            let page = FileManager.default.temporaryDirectory
                .appendingPathComponent("dossier-image-\(UUID().uuidString).html")
            let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
            defer {
                try? FileManager.default.removeItem(at: page)
                try? FileManager.default.removeItem(at: pdf)
            }
            let data = SVGInspection.pdfCopy(of: image.data) ?? image.data
            let html = "<!DOCTYPE html><html><body><img src=\"\(ImageEmbedding.dataURI(of: image.path, data))\">"
                + "</body></html>"
            guard (try? Data(html.utf8).write(to: page)) != nil else { return false }
            let trial = ExternalProcess(executable: executable, arguments: [page.path, pdf.path],
                                        timeout: min(options.timeout, 120))
            switch try? trial.run() {
            case .exited(let status, _)?: return status != 0
            case .timedOut?: return true
            case nil: return false
            }
        }
    }
}
