import DossierModel

/// `dossier.html`: one self-contained file for the Notified Body: inline CSS,
/// images embedded, anchors instead of pages, print stylesheet for A4.
public struct SingleHTMLRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput) -> OutputFile {
        let templates = self.templates
        let model = DossierViewModel(input: input, links: .singleFile, bodyFormat: .html, templates: templates,
                                     itemSection: { templates.render($0, with: "dossier-html-item") })
        let images = input.attachments.filter { ImageEmbedding.isImage($0.key) }
        let html = ImageEmbedding.embed(in: templates.render(model, with: "dossier-html"), images: images)
        return OutputFile(path: "dossier.html", text: html)
    }
}
