import DossierModel

/// `dossier.html`: one self-contained file for the Notified Body: inline CSS,
/// images embedded, anchors instead of pages, print stylesheet for A4.
public struct SingleHTMLRenderer {
    let templates: TemplateSet
    /// What the build renders once for several outputs.
    var shared = SharedRenderings.none

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    init(templates: TemplateSet, shared: SharedRenderings) {
        self.templates = templates
        self.shared = shared
    }

    /// Writes the file in parts (see `SectionedDocument`).
    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let items = ItemViewBuilder(input: input, links: .singleFile, bodyFormat: .html, templates: templates)
            .sharing(shared.bodies, as: .singleFile).sharing(shared.fieldTables, as: .singleFile)
        let document = SectionedDocument(templates: templates, template: "dossier-html",
                                         sectionTemplate: "dossier-html-item", items: items)
        let images = input.attachments.filter { ImageEmbedding.isImage($0.key) }
        try sink.write("dossier.html") { append in
            try document.write(input, finish: { ImageEmbedding.embed(in: $0, images: images) }, to: append)
        }
    }
}
