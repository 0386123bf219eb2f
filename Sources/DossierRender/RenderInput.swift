import DossierChange
import DossierLink
import DossierModel
import Foundation

/// Everything the renderers need: the graph, its findings, and the input
/// files with their digests. The narrow type between analyze and render.
public struct RenderInput: Sendable {
    public var graph: TraceGraph
    public var findings: [Finding]
    /// Every input file (dossier.yml, items, linked files), sorted by path.
    public var manifest: [ManifestEntry]
    /// The bytes of the files bodies link to, by content path.
    public var attachments: [String: Data]
    /// What changed since the baseline, with `build --baseline`.
    public var changes: ChangeReport?
    /// What changed since the revisions the latest approving reviews saw.
    public var reviews: [ReviewComparison]

    public init(graph: TraceGraph, findings: [Finding], manifest: [ManifestEntry], attachments: [String: Data],
                changes: ChangeReport? = nil, reviews: [ReviewComparison] = []) {
        self.reviews = reviews
        self.graph = graph
        self.findings = findings
        self.manifest = manifest
        self.attachments = attachments
        self.changes = changes
    }

    /// The SBOM files listed in dossier.yml, content paths in the listed
    /// order: what the PDF attaches beside the dossier.
    public var sbomFiles: [String] { graph.software.documents.map(\.path) }
    /// Every file dossier.yml lists, as read: the PDF attaches them.
    public var listedFiles: [String] { graph.listedFiles.map(\.path) }
}

public struct ManifestEntry: Hashable, Sendable {
    public var path: String
    public var sha256: String
    public var bytes: Int

    public init(path: String, sha256: String, bytes: Int) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }
}
