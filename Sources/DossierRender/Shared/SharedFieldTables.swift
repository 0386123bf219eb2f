import DossierLink
import Foundation

/// Each item's field table (the `item-field-table` template) rendered once
/// per build for the site's item page and dossier.html's section, which
/// show it alike but for the links of the items it references: it is
/// rendered with a marker in place of each reference, and each output puts
/// its own rendered references in their places (see `RenderedOnce`). Only
/// for the built-in template, which shows each reference as rendered; an
/// override may show its parts, so each output renders an overridden one.
final class SharedFieldTables: Sendable {
    enum Output: Int, CaseIterable {
        case site, singleFile
    }

    static let template = "item-field-table"

    private let graph: TraceGraph
    private let texts: RenderedOnce
    private let marker = SectionMarker()

    init(graph: TraceGraph) {
        self.graph = graph
        texts = RenderedOnce(count: graph.items.count)
    }

    /// How many field tables were rendered.
    var renders: Int { texts.renders }

    /// The field table of `view`, the item at `position`, for `output`,
    /// whose rendered references `references` gives by item position.
    func take(_ output: Output, of position: Int, view: ItemView, templates: TemplateSet,
              references: (Int) -> String) -> String {
        var alone = false
        let text = texts.take(output.rawValue, of: position, render: {
            let text = templates.render(marking(view), with: Self.template)
            return Array(repeating: text, count: Output.allCases.count)
        }, alone: {
            alone = true
            return templates.render(view, with: Self.template)
        })
        return alone ? text : filled(text, with: references)
    }

    /// The view with a marker for each reference's rendered text.
    private func marking(_ view: ItemView) -> ItemView {
        var view = view
        for groups in [\ItemView.linksOut, \ItemView.linksIn] {
            for group in view[keyPath: groups].indices {
                for index in view[keyPath: groups][group].items.indices {
                    let id = view[keyPath: groups][group].items[index].id
                    view[keyPath: groups][group].items[index].rendered = marker.text(for: graph.position(of: id)!)
                }
            }
        }
        return view
    }

    private func filled(_ marked: String, with references: (Int) -> String) -> String {
        var marked = marked
        return marked.withUTF8 { bytes in
            let found = marker.occurrences(in: UnsafeRawBufferPointer(bytes))
            guard !found.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            var text = ""
            var cursor = 0
            for occurrence in found {
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<occurrence.bytes.lowerBound]),
                               as: UTF8.self)
                text += references(occurrence.position)
                cursor = occurrence.bytes.upperBound
            }
            return text + String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor...]), as: UTF8.self)
        }
    }
}
