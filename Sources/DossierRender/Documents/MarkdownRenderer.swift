import DossierModel

/// `dossier.md`: the same dossier as one Markdown file with GitHub-flavoured
/// tables; bodies re-rendered as CommonMark with raw HTML removed; the
/// threat model's diagrams as SVG files beside it, in `views/`.
public struct MarkdownRenderer {
    let templates: TemplateSet
    /// The build's bodies, parsed once for every output; nil to parse here.
    var bodies: SharedBodies?

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    init(templates: TemplateSet, bodies: SharedBodies?) {
        self.templates = templates
        self.bodies = bodies
    }

    /// Writes the file in parts (see `SectionedDocument`).
    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let items = ItemViewBuilder(input: input, links: .markdown, bodyFormat: .commonMark, templates: nil)
            .sharing(bodies, as: .markdown)
        let document = SectionedDocument(templates: templates, template: "dossier-md",
                                         sectionTemplate: "dossier-md-item", items: items)
        try sink.write("dossier.md") { append in try document.write(input, to: append) }
        // The model's diagrams, which dossier.md links instead of holding them.
        try sink.add(DiagramFigureBuilder(items: items, drawsPictures: false).pictureFiles())
    }
}
