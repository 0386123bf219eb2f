import DossierModel
@testable import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// A build parses each body once for the four outputs that show it, and
/// renders each field table once for the site and dossier.html; what it
/// writes is what each output renders alone: a body's tree is pointed at
/// each output's links in turn (dossier.md, which drops raw HTML from it,
/// last), and each output puts its own references into the field table.
@Suite struct SharedRenderingsTests {
    /// Raw HTML, headings at every depth (one at the deepest), `[[ID]]`,
    /// links to another item's file and to a linked file, and an image: all
    /// that an output rewrites or drops.
    static let files = RenderFixture.files.merging(ProjectFixture.files(in: """
        -- sections/03-rewritten.md --
        ---
        id: SEC-REWRITTEN
        type: section
        title: What each output rewrites
        order: 3
        ---
        # Top

        Threatened by [[TH-1]] and [[TH-2]], see [the scope](01-scope.md) and <b>raw</b> HTML.

        <div>a raw block</div>

        ###### Deepest

        ![Architecture](diagram.svg) and [the picture file](diagram.svg).
        """)) { _, new in new }

    /// Keeps every file in memory, by path.
    final class MemorySink: OutputSink, @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: Data] = [:]

        func add(_ files: [OutputFile]) throws {
            lock.withLock { for file in files { self.files[file.path] = file.contents } }
        }

        func write(_ path: String, inParts body: (_ append: (String) throws -> Void) throws -> Void) throws {
            var text = ""
            try body { text += $0 }
            lock.withLock { files[path] = Data(text.utf8) }
        }

        var written: [String: Data] { lock.withLock { files } }
    }

    private func input() throws -> RenderInput {
        let fixture = try ProjectFixture(files: Self.files)
        defer { fixture.remove() }
        return try RenderFixture.renderInput(fixture)
    }

    @Test func aBuildParsesEachBodyOnce() throws {
        let input = try input()
        let bodies = SharedBodies(graph: input.graph)
        try DossierRenderer(templates: .builtin()).render(input, to: MemorySink(), shared: SharedRenderings(bodies: bodies))
        #expect(bodies.parses == input.graph.items.count)
    }

    @Test func aBuildRendersEachFieldTableOnce() throws {
        let input = try input()
        let tables = SharedFieldTables(graph: input.graph)
        try DossierRenderer(templates: .builtin()).render(input, to: MemorySink(), shared: SharedRenderings(fieldTables: tables))
        #expect(tables.renders == input.graph.items.count)
    }

    @Test func aBuildWritesWhatEachOutputRendersAlone() throws {
        let input = try input()
        let shared = MemorySink(), apart = MemorySink()
        let templates = TemplateSet.builtin()
        try DossierRenderer(templates: templates).render(input, to: shared, shared: .all(for: input.graph, templates: templates))
        try DossierRenderer(templates: .builtin()).render(input, to: apart, shared: .none)
        let page = String(decoding: shared.written["site/items/SEC-REWRITTEN.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains(#"<a href="../items/TH-1.html" title="Forged dose command">TH-1</a>"#))
        let html = String(decoding: shared.written["dossier.html"] ?? Data(), as: UTF8.self)
        #expect(html.contains(##"</th><td><a class="id" href="#item-SR-9""##))
        #expect(shared.written.keys.sorted() == apart.written.keys.sorted())
        for (path, data) in apart.written {
            #expect(shared.written[path] == data, "\(path) differs")
        }
    }

    /// Whichever output asks first, each gets what it renders alone.
    @Test(arguments: SharedBodies.Output.allCases)
    func eachOutputGetsItsOwnRendering(askingFirst first: SharedBodies.Output) throws {
        let input = try input()
        let graph = input.graph
        let bodies = SharedBodies(graph: graph)
        let position = try #require(graph.position(of: "SEC-REWRITTEN"))
        let order = [first] + SharedBodies.Output.allCases.filter { $0 != first }
        let texts = Dictionary(uniqueKeysWithValues: order.map { ($0, bodies.take($0, of: position)) })
        #expect(texts[.site] == BodyRenderer(graph: graph, links: .site(depth: 1)).html(of: position))
        #expect(texts[.singleFile] == BodyRenderer(graph: graph, links: .singleFile).html(of: position))
        #expect(texts[.markdown] == BodyRenderer(graph: graph, links: .markdown).commonMark(of: position))
        #expect(texts[.reqIF] == XHTMLBody(graph: graph).xhtml(of: position))
        #expect(texts[.site]?.contains("<h2>Top</h2>") == true)
        #expect(texts[.singleFile]?.contains("<h3>Top</h3>") == true)
        #expect(texts[.site]?.contains("<h6>Deepest</h6>") == true)
        #expect(texts[.markdown]?.contains("<b>") == false)
        #expect(bodies.parses == 1)
        #expect(bodies.untaken == 0)
    }

    /// A text once taken is let go; asked for again, it is rendered again,
    /// for that output alone.
    @Test func aBodyAskedForTwiceIsRenderedAgain() throws {
        let input = try input()
        let bodies = SharedBodies(graph: input.graph)
        let position = try #require(input.graph.position(of: "SEC-REWRITTEN"))
        let first = bodies.take(.site, of: position)
        #expect(bodies.untaken == 3)
        #expect(bodies.take(.site, of: position) == first)
        #expect(bodies.parses == 1)
        #expect(bodies.aloneParses == 1)
    }

    /// Past its budget of text waiting to be taken, each output renders a
    /// body for itself, as without sharing: memory stays bounded.
    @Test func pastTheBudgetEachOutputRendersItsOwn() throws {
        let input = try input()
        let graph = input.graph
        let bodies = SharedBodies(graph: graph, budget: 1)
        let shared = try #require(graph.position(of: "SEC-REWRITTEN"))
        let alone = try #require(graph.position(of: "SEC-SCOPE"))
        _ = bodies.take(.site, of: shared)
        for output in SharedBodies.Output.allCases {
            _ = bodies.take(output, of: alone)
        }
        #expect(bodies.parses == 1)
        #expect(bodies.aloneParses == 4)
        #expect(bodies.take(.markdown, of: shared) == BodyRenderer(graph: graph, links: .markdown).commonMark(of: shared))
        #expect(bodies.take(.reqIF, of: alone) == XHTMLBody(graph: graph).xhtml(of: alone))
        #expect(bodies.untaken == 2)
    }
}
