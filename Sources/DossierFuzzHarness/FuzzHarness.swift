import DossierLoad
import DossierModel
import DossierPipeline
import DossierRender
import Foundation

/// What the fuzzer feeds the pipeline: the input is a project of one or two
/// Markdown files (split at a line `=====`) beside a fixed dossier.yml. It
/// runs load's decoding, parse, link and analyze, and renders every body as
/// the site and the single file do, since that is where cmark's tree is
/// rewritten. Crashes found are replayed by the regression tests.
public enum FuzzHarness {
    static let configuration = """
        product: { name: Fuzzed Hub, version: "1.0" }
        document: { id: DI-FUZZ }
        phases: [installation, operation, maintenance, decommissioning]
        """

    public static func run(_ bytes: [UInt8]) {
        let root = URL(fileURLWithPath: "/nonexistent-fuzz-root")
        let parts = split(bytes)
        var documents: [SourceFile] = []
        var errors: [InputError] = []
        for (offset, part) in parts.enumerated() {
            switch SourceFile.decoding(path: "items/F-\(offset).md", data: Data(part)) {
            case .success(let file): documents.append(file)
            case .failure(let error): errors.append(error)
            }
        }
        let configuration = SourceFile(path: ProjectConfiguration.fileName, text: configuration, sha256: "", byteCount: 0)
        let sources = ContentSources(root: root, configuration: configuration, documents: documents,
                                     otherFiles: ["items/diagram.svg": ContentFile(path: "items/diagram.svg", byteCount: 1)],
                                     errors: errors)
        let report = Pipeline(contentFolder: root, sourceDateEpoch: nil).check(sources)
        _ = report.diagnostics.map(\.line)
        guard let graph = report.graph else { return }
        for position in graph.items.indices {
            _ = BodyRenderer(graph: graph, links: .site(depth: 1)).html(of: position)
            _ = BodyRenderer(graph: graph, links: .markdown).commonMark(of: position)
        }
    }

    private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        let separator = Array("\n=====\n".utf8)
        guard let cut = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return [bytes] }
        return [Array(bytes[..<cut]), Array(bytes[(cut + separator.count)...])]
    }
}
