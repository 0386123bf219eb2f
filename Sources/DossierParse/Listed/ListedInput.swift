import DossierLoad
import DossierModel

/// A kind of file that `dossier.yml` lists by path and that the project
/// reads beside its Markdown items (docs/format.md, "dossier.yml"): SBOMs,
/// threat models. Each says which files the configuration lists, and how
/// what they hold joins the parsed project, for the link stage to put into
/// the trace graph.
public protocol ListedInput: Sendable {
    /// The `dossier.yml` key that lists the files.
    var key: String { get }
    /// What one file is to the author: "SBOM file".
    var noun: String { get }
    /// What the file should be: "a CycloneDX or SPDX JSON file".
    var expected: String { get }
    func files(in configuration: ProjectConfiguration) -> [ListedFile]
    /// Decodes the files that could be read and adds what they hold.
    func add(_ files: [ListedFileLoader.File], to project: inout ParsedProject)
}

/// Every listed input, read one way for the current content and for a
/// `--baseline` revision alike, so the two are compared like for like.
public enum ListedInputs {
    public static let all: [any ListedInput] = [SBOMInput(), ThreatModelInput()]

    /// The keys of `dossier.yml` that list files.
    public static var keys: [String] { all.map(\.key) }

    /// Reads every listed file from `sources`' store into `project`.
    public static func read(into project: inout ParsedProject, from sources: ContentSources,
                            loader: ListedFileLoader = ListedFileLoader()) {
        guard let configuration = project.configuration else {
            // Overlays wait for the models; without a configuration there are none.
            ThreatOverlay.merge([], into: &project)
            return
        }
        // A listed file the walk already refused has its one error.
        let refused = Set(sources.errors.map(\.location.file))
        for input in all {
            let listed = input.files(in: configuration).filter { !refused.contains($0.path) }
            let loaded = loader.load(listed, noun: input.noun, expected: input.expected, from: sources.store)
            project.errors += loaded.errors
            project.listedFiles += loaded.files.map(\.record)
            input.add(loaded.files, to: &project)
        }
    }

    /// Whether the configuration lists any file at all, for a progress line.
    public static func count(in configuration: ProjectConfiguration?) -> Int {
        guard let configuration else { return 0 }
        return all.reduce(0) { $0 + $1.files(in: configuration).count }
    }
}
