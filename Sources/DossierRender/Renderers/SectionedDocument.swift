import DossierModel
import Foundation

/// A single-file document (dossier.html, dossier.md) written a batch of items
/// at a time. Its template is rendered once with a marker in place of each
/// item's section, then the markers are replaced, in order, by sections
/// rendered on every core a batch at a time and written at once. At 100,000
/// items the item chapter is most of a document of hundreds of megabytes,
/// which used to be held whole several times over until it was written.
struct SectionedDocument {
    /// Items rendered (on every core) and written per part.
    static let batchSize = 512
    /// The most text of the template's own copied into one part, give or take a line.
    static let partSize = 1 << 20

    let templates: TemplateSet
    /// The document's template and the template of one item's section.
    let template: String
    let sectionTemplate: String
    let items: ItemViewBuilder

    /// Writes the document as parts to `append`, each passed through
    /// `finish` first (dossier.html embeds its images there).
    func write(_ input: RenderInput, batchSize: Int = batchSize, finish: (String) -> String = { $0 },
               to append: (String) throws -> Void) throws {
        let marker = SectionMarker()
        // The view model only lives as long as the rendering of the chapters around the items.
        var skeleton = templates.render(DossierViewModel(input: input, items: items, sectionMarker: marker),
                                        with: template)
        let templates = self.templates, items = self.items, sectionTemplate = self.sectionTemplate
        try skeleton.withUTF8 { bytes in
            let found = marker.occurrences(in: UnsafeRawBufferPointer(bytes))
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            // The chapters before the first item (140 MB of dossier.html at
            // 100,000 items) go in parts of their own, cut at line ends, which
            // no image placeholder spans, rather than copied whole.
            var cursor = found.first?.bytes.lowerBound ?? 0
            var start = 0
            while start < cursor {
                let newline = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: UnsafeRawBufferPointer(
                    rebasing: UnsafeRawBufferPointer(bytes)[min(start + Self.partSize, cursor)..<cursor]))
                let end = newline.map { min(start + Self.partSize, cursor) + $0 + 1 } ?? cursor
                try append(finish(text(start..<end)))
                start = end
            }
            for start in stride(from: 0, to: found.count, by: batchSize) {
                let batch = found[start..<min(start + batchSize, found.count)]
                let sections = batch.map { $0.position }.parallelMap {
                    templates.render(items.view($0), with: sectionTemplate)
                }
                var part = ""
                for (occurrence, section) in zip(batch, sections) {
                    part += text(cursor..<occurrence.bytes.lowerBound)
                    part += section
                    cursor = occurrence.bytes.upperBound
                }
                try append(finish(part))
            }
            try append(finish(text(cursor..<bytes.count)))
        }
    }
}

/// Stands in for an item's section in a rendered template: letters and
/// digits only, which no content type escapes, around a token drawn at
/// random for each document, which no input can contain.
struct SectionMarker: Sendable {
    private let prefix: String
    private static let end = UInt8(ascii: "E")

    init() {
        prefix = "DossierSection" + UUID().uuidString.filter { $0.isLetter || $0.isNumber } + "P"
    }

    func text(for position: Int) -> String { "\(prefix)\(position)E" }

    /// Each marker in `bytes`, in order: its byte range and the item position it names.
    func occurrences(in bytes: UnsafeRawBufferPointer) -> [(bytes: Range<Int>, position: Int)] {
        var prefix = self.prefix
        return prefix.withUTF8 { pin in
            var found: [(bytes: Range<Int>, position: Int)] = []
            var offset = 0
            while let start = ByteSearch.firstOffset(of: UnsafeRawBufferPointer(pin), in: bytes, from: offset) {
                var index = start + pin.count
                var position = 0
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    position = position * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                if index < bytes.count, bytes[index] == Self.end, index > start + pin.count {
                    found.append((start..<index + 1, position))
                }
                offset = index
            }
            return found
        }
    }
}
