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

    public func parse(_ sources: ContentSources) -> ParsedProject {
        parse(sources, cache: nil)
    }

    /// Parses like `parse(_:)`, taking from `cache` every item file whose
    /// bytes and project phases are those it was parsed with, and leaving
    /// in it the results for exactly the files in `sources`.
    public func parse(_ sources: ContentSources, cache: ParseCache?) -> ParsedProject {
        var errors = sources.errors
        var configuration: ProjectConfiguration?
        if let file = sources.configuration {
            switch ConfigurationReader(sourceDateEpoch: sourceDateEpoch).read(file.text) {
            case .value(let value): configuration = value
            case .errors(let configErrors): errors += configErrors
            }
        }
        // Items are still read without a configuration, so one run reports
        // their own errors too; their phases are not judged then, since the
        // project's list is what failed (one error, one cause).
        let parser = ItemFileParser(phases: configuration.map { ItemReader.Phases($0.phases) } ?? .unknown)
        let phasesKey = configuration.map { $0.phases.map(\.rawValue) } ?? []
        let reusable = cache?.results(for: phasesKey) ?? [:]
        let results = sources.documents.parallelMap { file in
            if let known = reusable[file.path], known.sha256 == file.sha256 { return known.result }
            return parser.parse(file)
        }
        cache?.store(zip(sources.documents, results).map { ($0.path, ParseCache.Entry(sha256: $0.sha256, result: $1)) },
                     phases: phasesKey)
        var items: [Item] = []
        var broken = sources.undecodable.compactMap { BrokenItem.salvage(from: $0.text, file: $0.path) }
        for (file, result) in zip(sources.documents, results) {
            switch result {
            case .value(let item): items.append(item)
            case .errors(let itemErrors):
                errors += itemErrors
                if let item = BrokenItem.salvage(from: file.text, file: file.path) { broken.append(item) }
            }
        }
        return ParsedProject(configuration: configuration, items: items, errors: errors, brokenItems: broken)
    }
}

/// One `.md` file → one item.
struct ItemFileParser {
    let phases: ItemReader.Phases

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
