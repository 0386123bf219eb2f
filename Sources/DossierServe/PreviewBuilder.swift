import DossierAnalyze
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
    private let memo = ItemRuleMemo()
    /// The input files as last read.
    private var sources: ContentSources?
    private(set) var templates: TemplateSet?
    /// How many files of the project, before the edit or after it, the last
    /// edit touched, itself or through its folder: an editor's scratch file
    /// (`sed -i`, vim's `4913`), written and renamed or removed within the
    /// moment, is not one, nor is a new folder besides the files in it;
    /// "2 changed" for one file saved was wrong.
    private(set) var changedInputCount = 0
    private var templateFailure: String?

    init(pipeline: Pipeline, templateFolder: URL?) {
        self.pipeline = pipeline
        self.templateFolder = templateFolder
    }

    /// Builds from scratch, or after edits to `changed` content paths; the
    /// templates are read again when `templatesChanged`.
    func build(changed: Set<String>? = nil, templatesChanged: Bool = false) -> PreviewContent {
        if templates == nil || templatesChanged { readTemplates() }
        let loader = ContentLoader(limits: pipeline.limits)
        let sources: ContentSources
        if let changed, let previous = self.sources, let reloaded = loader.reload(changed, in: previous) {
            sources = reloaded
        } else {
            // Files not touched since the last look are taken as they are.
            var unchanged: [String: SourceFile] = [:]
            if let changed, let previous = self.sources {
                let files = previous.documents + [previous.configuration].compactMap { $0 }
                for file in files where !changed.contains(file.path) { unchanged[file.path] = file }
            }
            sources = loader.load(from: pipeline.contentFolder, unchanged: unchanged)
        }
        if let changed {
            let before = self.sources
            let touched = sources.files(touchedBy: changed)
            changedInputCount = touched.union(before?.files(touchedBy: changed) ?? []).count
        }
        self.sources = sources
        let report = pipeline.check(sources, cache: cache, memo: memo)
        let input: RenderInput
        do {
            input = try pipeline.renderInput(for: report)
        } catch {
            if case .inputErrors(let failed) = error { return .errors(failed.diagnostics) }
            return .errors([])
        }
        guard let templates else { return .templateError(templateFailure ?? "") }
        return .site(SitePages(input: input, templates: templates, renderingAllReferences: false))
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
