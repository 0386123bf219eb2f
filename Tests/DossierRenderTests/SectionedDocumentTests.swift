import DossierModel
@testable import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// dossier.html and dossier.md are written a batch of items at a time; they
/// must be exactly the template rendered whole with every section in place,
/// however the items fall into batches.
@Suite struct SectionedDocumentTests {
    struct Document {
        var template: String
        var sectionTemplate: String
        var links: LinkStyle
        var bodyFormat: ItemViewBuilder.BodyFormat
        var references: TemplateSet?
    }

    static let html = Document(template: "dossier-html", sectionTemplate: "dossier-html-item", links: .singleFile,
                               bodyFormat: .html, references: .builtin())
    static let markdown = Document(template: "dossier-md", sectionTemplate: "dossier-md-item", links: .markdown,
                                   bodyFormat: .commonMark, references: nil)

    @Test(arguments: [1, 3, SectionedDocument.batchSize])
    func writtenInBatchesIsTheTemplateRenderedWhole(batchSize: Int) throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let input = try RenderFixture.renderInput(build.fixture)
        for document in [Self.html, Self.markdown] {
            let items = ItemViewBuilder(input: input, links: document.links, bodyFormat: document.bodyFormat,
                                        templates: document.references)
            var parts: [String] = []
            try SectionedDocument(templates: .builtin(), template: document.template,
                                  sectionTemplate: document.sectionTemplate, items: items)
                .write(input, batchSize: batchSize) { parts.append($0) }
            let whole = try renderedWhole(document, input: input, items: items)
            #expect(parts.joined() == whole, "\(document.template) in batches of \(batchSize)")
            let sections = input.graph.items.filter { $0.type != .section }.count
            // The chapters before the items fit one part; then one part per
            // batch, and the chapters after the last item.
            #expect(parts.count == 2 + (sections + batchSize - 1) / batchSize)
        }
    }

    /// What the build writes: the document in parts with its images embedded.
    @Test func theBuildWritesTheWholeDocuments() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let input = try RenderFixture.renderInput(build.fixture)
        let templates = TemplateSet.builtin()
        let html = try renderedWhole(Self.html, input: input, items: ItemViewBuilder(
            input: input, links: .singleFile, bodyFormat: .html, templates: templates))
        let images = input.attachments.filter { ImageEmbedding.isImage($0.key) }
        #expect(!images.isEmpty, "the fixture embeds a picture")
        #expect(OutputTree.text(build.files, "dossier.html") == ImageEmbedding.embed(in: html, images: images))
        let markdown = try renderedWhole(Self.markdown, input: input, items: ItemViewBuilder(
            input: input, links: .markdown, bodyFormat: .commonMark, templates: nil))
        #expect(OutputTree.text(build.files, "dossier.md") == markdown)
    }

    /// The document as it was rendered before it was written in parts: every
    /// item's section in the view model, the template rendered once.
    func renderedWhole(_ document: Document, input: RenderInput, items: ItemViewBuilder) throws -> String {
        let templates = TemplateSet.builtin()
        var model = DossierViewModel(input: input, items: items, sectionMarker: SectionMarker())
        var rendered = 0
        for group in model.groups.indices {
            for index in model.groups[group].items.indices {
                let position = try #require(input.graph.position(of: model.groups[group].items[index].heading.id))
                model.groups[group].items[index].renderedSection = templates.render(items.view(position),
                                                                                    with: document.sectionTemplate)
                rendered += 1
            }
        }
        #expect(rendered > 3, "the fixture has items in more than one batch of three")
        return templates.render(model, with: document.template)
    }
}
