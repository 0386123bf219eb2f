import DossierLoad
import DossierModel
import DossierParse
import DossierPipeline
import DossierRender
import Foundation

/// What the preview shows: the site of the current content, or the errors
/// that stop it from being built.
enum PreviewContent: Sendable {
    case site(SitePages)
    case errors([Diagnostic])
    case templateError(String)
}

/// Rebuilds the preview's model after an edit from what changed: the files
/// not touched since the last build are neither read nor parsed again; the
/// project is then linked and analysed whole, as findings can depend on any
/// item.
final class PreviewBuilder {
    let pipeline: Pipeline
    let templateFolder: URL?
    private let cache = ParseCache()
    /// dossier.yml and the Markdown files as last read, by path.
    private var files: [String: SourceFile] = [:]
    private(set) var templates: TemplateSet?
    private var templateFailure: String?

    init(pipeline: Pipeline, templateFolder: URL?) {
        self.pipeline = pipeline
        self.templateFolder = templateFolder
    }

    /// Builds from scratch, or after edits to `changed` content paths; the
    /// templates are read again when `templatesChanged`.
    func build(changed: Set<String>? = nil, templatesChanged: Bool = false) -> PreviewContent {
        if templates == nil || templatesChanged { readTemplates() }
        var unchanged = files
        if let changed {
            for path in changed { unchanged[path] = nil }
        } else {
            unchanged = [:]
        }
        let sources = ContentLoader(limits: pipeline.limits).load(from: pipeline.contentFolder, unchanged: unchanged)
        files = Dictionary((sources.documents + [sources.configuration].compactMap { $0 }).map { ($0.path, $0) },
                           uniquingKeysWith: { _, last in last })
        let report = pipeline.check(sources, cache: cache)
        let input: RenderInput
        do {
            input = try pipeline.renderInput(for: report)
        } catch {
            if case .inputErrors(let failed) = error { return .errors(failed.diagnostics) }
            return .errors([])
        }
        guard let templates else { return .templateError(templateFailure ?? "") }
        return .site(SitePages(input: input, templates: templates))
    }

    private func readTemplates() {
        do {
            templates = try TemplateSet(overrides: templateFolder)
            templateFailure = nil
        } catch {
            templates = nil
            templateFailure = error.description
        }
    }
}
