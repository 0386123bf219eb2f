import DossierLoad
import DossierModel
import Yams

/// The parse stage: `dossier.yml` first (it defines the phases items may
/// name), then every item file in parallel, in path order.
public struct ProjectParser: Sendable {
    public var sourceDateEpoch: String?

    public init(sourceDateEpoch: String? = nil) {
        self.sourceDateEpoch = sourceDateEpoch
    }

    /// - Parameter cache: the preview's parse results of earlier rounds: a
    ///   file whose bytes and project phases are those it was parsed with is
    ///   taken from it, and it is left holding exactly the files of `sources`.
    /// - Parameter earlier: another revision of the same project, already
    ///   parsed: a file with the same path and bytes under the same
    ///   dossier.yml is the same item, taken from it rather than parsed again
    ///   (a baseline differs from the working folder in a few files).
    public func parse(_ sources: ContentSources, cache: ParseCache? = nil,
                      reusing earlier: (sources: ContentSources, parsed: ParsedProject)? = nil) -> ParsedProject {
        var errors = sources.errors
        var configuration: ProjectConfiguration?
        if let file = sources.configuration {
            switch ConfigurationReader(sourceDateEpoch: sourceDateEpoch).read(file.text) {
            case .value(let value): configuration = value
            case .errors(let configErrors), .overlayOnly(_, let configErrors): errors += configErrors
            }
        }
        // Items are still read without a configuration, so one run reports
        // their own errors too; their phases are not judged then, since the
        // project's list is what failed (one error, one cause).
        let parser = ItemFileParser(configuration: configuration)
        let phasesKey = Self.phasesKey(of: configuration)
        let cached = cache?.results(for: phasesKey) ?? [:]
        let reusable = Self.reusableItems(for: sources, from: earlier)
        let results = sources.documents.parallelMap { file in
            if let known = cached[file.path], known.sha256 == file.sha256 { return known.result }
            if let known = reusable[file.path], known.sha256 == file.sha256 { return Parsed.value(known.item) }
            return parser.parse(file)
        }
        if let cache { Self.remember(sources.documents, results, in: cache, holding: cached, phases: phasesKey) }
        var items: [Item] = []
        var pending: [PendingOverlay] = []
        var broken = sources.undecodable.compactMap { BrokenItem.known(from: $0.text, file: $0.path) }
        // Files the loader refused (too large, a link out of the folder).
        broken += sources.errors.map(\.location.file).compactMap { BrokenItem.known(from: nil, file: $0) }
        for (file, result) in zip(sources.documents, results) {
            switch result {
            case .value(let item): items.append(item)
            case .errors(let itemErrors):
                errors += itemErrors
                if let item = BrokenItem.known(from: file.text, file: file.path) { broken.append(item) }
            case .overlayOnly(let item, let itemErrors):
                pending.append(PendingOverlay(item: item, errors: itemErrors))
            }
        }
        var project = ParsedProject(configuration: configuration, items: items, errors: errors, brokenItems: broken)
        project.pendingOverlays = pending
        return project
    }

    /// Leaves `cache` holding exactly these files: only the files parsed
    /// anew are written when it held the same paths before (`earlier`).
    private static func remember(_ files: [SourceFile], _ results: [Parsed<Item>], in cache: ParseCache,
                                 holding earlier: [String: ParseCache.Entry], phases: [String]) {
        var fresh: [(String, ParseCache.Entry)] = []
        var known = 0
        for (file, result) in zip(files, results) {
            guard let entry = earlier[file.path] else { continue }
            known += 1
            if entry.sha256 != file.sha256 { fresh.append((file.path, ParseCache.Entry(sha256: file.sha256, result: result))) }
        }
        // Paths are unique: as many known as held, and as many as there are
        // files, means no file was added or removed.
        if !earlier.isEmpty, known == earlier.count, known == files.count, cache.update(fresh, phases: phases) { return }
        cache.store(zip(files, results).map { ($0.path, ParseCache.Entry(sha256: $0.sha256, result: $1)) }, phases: phases)
    }

    /// What a parse cache is keyed by: items read against other phases
    /// read otherwise.
    static func phasesKey(of configuration: ProjectConfiguration?) -> [String] {
        configuration.map { $0.phases.map(\.rawValue) } ?? []
    }

    /// The earlier revision's items by path, with the digest of their file;
    /// none when dossier.yml differs, since it decides how items read.
    private static func reusableItems(for sources: ContentSources,
                                      from earlier: (sources: ContentSources, parsed: ParsedProject)?)
        -> [String: (sha256: String, item: Item)] {
        guard let earlier, let configuration = sources.configuration,
              earlier.sources.configuration?.sha256 == configuration.sha256 else { return [:] }
        var digests: [String: String] = [:]
        for file in earlier.sources.documents { digests[file.path] = file.sha256 }
        var reusable: [String: (sha256: String, item: Item)] = [:]
        for item in earlier.parsed.items {
            if let digest = digests[item.location.file] { reusable[item.location.file] = (digest, item) }
        }
        return reusable
    }
}

/// One `.md` file → one item.
struct ItemFileParser {
    let phases: ItemReader.Phases

    /// Items are read against the project's phases; without a readable
    /// dossier.yml their phases are not judged.
    init(configuration: ProjectConfiguration?) {
        phases = configuration.map { ItemReader.Phases($0.phases) } ?? .unknown
    }

    func parse(_ file: SourceFile) -> Parsed<Item> {
        let frontMatter: FrontMatter
        switch FrontMatter.split(file.text, file: file.path) {
        case .success(let value): frontMatter = value
        case .failure(let error): return .errors([error])
        }
        let mapping: Node.Mapping
        switch YAMLMapping.compose(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine) {
        case .success(let value): mapping = value
        case .failure(.invalid(let line, let reason)):
            return .errors([.frontMatterInvalid(SourceLocation(file: file.path, line: line), reason: reason)])
        }
        let body = BodyScanner.scan(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        return ItemReader(file: file.path, phases: phases)
            .read(mapping, yamlFirstLine: frontMatter.yamlFirstLine, body: body)
    }
}
