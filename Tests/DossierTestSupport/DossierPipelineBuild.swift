import DossierPipeline
import Foundation

/// A build in-process, as `dossier build` runs it.
public enum DossierPipelineBuild {
    @discardableResult
    public static func build(content: URL, output: URL, sourceDateEpoch: String? = nil,
                      templates: URL? = nil) throws -> BuildResult {
        try Pipeline(contentFolder: content, sourceDateEpoch: sourceDateEpoch).build(into: output, templates: templates)
    }
}
