import DossierModel
import Foundation

/// A single-file document (dossier.html, dossier.md) written a chapter or
/// a batch of items at a time. Its template is rendered a part at a time
/// (the text of some of its top-level tags) with a marker in place of each item's section;
/// the markers are replaced, in order, by sections rendered on every core a
/// batch at a time and written at once. At 100,000 items dossier.html is
/// 540 MB, and its chapters before the items 140 MB: either held whole was
/// most of a build's memory.
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
        let view = DossierViewModel(input: input, items: items, sectionMarker: marker)
        // Text of the template's own waits here until there is a part's worth.
        var waiting = ""
        func handOver() throws {
            try Self.cut(waiting, atLineEndsEvery: Self.partSize) { try append(finish($0)) }
            waiting = ""
        }
        try templates.render(view, with: template, inPieces: { piece in
            let rest = try writeSections(in: piece, marker: marker, batchSize: batchSize, before: { text in
                waiting += text
                try handOver()
            }, to: { try append(finish($0)) })
            waiting += rest
            if waiting.utf8.count >= Self.partSize { try handOver() }
        })
        try handOver()
    }

    /// Writes the sections whose markers one rendered piece holds, a batch
    /// per part, with the text between them, after handing the text before
    /// the first to `before`. Returns the text after the last marker: the
    /// whole piece when it has none.
    private func writeSections(in piece: String, marker: SectionMarker, batchSize: Int,
                               before: (String) throws -> Void, to append: (String) throws -> Void) throws -> String {
        var contiguous = piece
        return try contiguous.withUTF8 { bytes in
            let found = marker.occurrences(in: UnsafeRawBufferPointer(bytes))
            guard let first = found.first else { return piece }
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            try before(text(0..<first.bytes.lowerBound))
            var cursor = first.bytes.lowerBound
            let templates = self.templates, items = self.items, sectionTemplate = self.sectionTemplate
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
                try append(part)
            }
            return text(cursor..<bytes.count)
        }
    }

    /// Hands `text` to `take` in parts of about `size` bytes, cut after a line
    /// end, which no image placeholder spans; nothing when it is empty.
    static func cut(_ text: String, atLineEndsEvery size: Int, to take: (String) throws -> Void) rethrows {
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let from = min(start + size, bytes.count)
                let newline = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: UnsafeRawBufferPointer(
                    rebasing: UnsafeRawBufferPointer(bytes)[from..<bytes.count]))
                let end = newline.map { from + $0 + 1 } ?? bytes.count
                try take(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end
            }
        }
    }
}

/// Stands in for an item's section in a rendered template (or for a
/// reference, see `SharedFieldTables`): letters and
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
