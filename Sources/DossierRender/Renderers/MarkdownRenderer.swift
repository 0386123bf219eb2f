import DossierModel

/// `dossier.md`: the same dossier as one Markdown file with GitHub-flavoured
/// tables; bodies re-rendered as CommonMark with raw HTML removed.
public struct MarkdownRenderer {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ input: RenderInput) -> OutputFile {
        let templates = self.templates
        let model = DossierViewModel(input: input, links: .markdown, bodyFormat: .commonMark, templates: nil,
                                     itemSection: { templates.render($0, with: "dossier-md-item") })
        return OutputFile(path: "dossier.md", text: templates.render(model, with: "dossier-md"))
    }
}
