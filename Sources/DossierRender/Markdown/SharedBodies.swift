import DossierLink
import Foundation

/// Each item body parsed once per build for all four outputs that show it
/// (the site's item page, dossier.html, dossier.md, dossier.reqif): the
/// first output to ask for a body parses it and renders it for every
/// output, and each output then takes its own text, which is let go once
/// taken. cmark parsed every body four times before, and parsing is
/// serialized (see `CmarkDocument`). What waits to be taken is what the
/// slowest output has yet to reach: at most every body once per output,
/// which is why a very large build does without (see `DossierRenderer`).
final class SharedBodies: @unchecked Sendable {
    enum Output: Int, CaseIterable {
        case site, singleFile, markdown, reqIF
    }

    private let graph: TraceGraph
    /// Per item, each output's text until that output takes it; nil before
    /// the body is parsed.
    private var waiting: [[String?]?]
    private let lock = NSLock()
    /// Held while a body is parsed, so two outputs asking for the same
    /// body at once parse it once: one lock per stripe of items.
    private let parsing = (0..<64).map { _ in NSLock() }
    /// How many bodies were parsed: once each, unless an output asks for
    /// the same body twice.
    private(set) var parses = 0

    init(graph: TraceGraph) {
        self.graph = graph
        waiting = Array(repeating: nil, count: graph.items.count)
    }

    /// The body of the item at `position` as `output` shows it.
    func take(_ output: Output, of position: Int) -> String {
        if let text = taken(output, of: position) { return text }
        let stripe = parsing[position % parsing.count]
        stripe.lock()
        defer { stripe.unlock() }
        // Another output may have parsed it while this one waited.
        if let text = taken(output, of: position) { return text }
        let texts = render(position)
        lock.withLock {
            parses += 1
            if waiting[position] == nil {
                var rest: [String?] = texts
                rest[output.rawValue] = nil
                waiting[position] = rest
            }
        }
        return texts[output.rawValue]
    }

    /// Bodies rendered and not yet taken, by all outputs together.
    var untaken: Int {
        lock.withLock { waiting.reduce(0) { $0 + ($1?.compactMap { $0 }.count ?? 0) } }
    }

    private func taken(_ output: Output, of position: Int) -> String? {
        lock.withLock {
            guard let text = waiting[position]?[output.rawValue] else { return nil }
            waiting[position]![output.rawValue] = nil
            return text
        }
    }

    /// One parse, rendered for each output in turn; dossier.md last, since
    /// it drops the tree's raw HTML.
    private func render(_ position: Int) -> [String] {
        let body = ParsedBody(position, in: graph)
        var texts = Array(repeating: "", count: Output.allCases.count)
        texts[Output.site.rawValue] = BodyRenderer(graph: graph, links: .site(depth: 1)).html(of: body)
        texts[Output.singleFile.rawValue] = BodyRenderer(graph: graph, links: .singleFile).html(of: body)
        texts[Output.reqIF.rawValue] = XHTMLBody(graph: graph).xhtml(of: body)
        texts[Output.markdown.rawValue] = BodyRenderer(graph: graph, links: .markdown).commonMark(of: body)
        return texts
    }
}
