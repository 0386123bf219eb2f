import DossierLoad
import DossierModel
import Foundation

/// Item files parsed as they are read, for `check` and `build`: a file's
/// text is held only while it is parsed, so the whole content folder is
/// never in memory beside its items (400 MB at 100,000 items). A file with
/// errors keeps its text, which its errors are salvaged from. The results
/// reach `ProjectParser.parse` through the `cache` it already takes.
public final class ParseAsRead: @unchecked Sendable {
    private let parser: ItemFileParser
    private let phases: [String]
    private let lock = NSLock()
    private var entries: [(String, ParseCache.Entry)] = []

    /// Items are read against the phases of `configuration`, as the parse
    /// stage reads them.
    public init(configuration: SourceFile?, sourceDateEpoch: String?) {
        var project: ProjectConfiguration?
        if let text = configuration?.text,
           case .value(let value) = ConfigurationReader(sourceDateEpoch: sourceDateEpoch).read(text) {
            project = value
        }
        parser = ItemFileParser(configuration: project)
        phases = ProjectParser.phasesKey(of: project)
    }

    /// Parses `file`, and gives it back without its text when it parsed
    /// without errors.
    @Sendable public func take(_ file: SourceFile) -> SourceFile {
        let result = parser.parse(file)
        lock.withLock { entries.append((file.path, ParseCache.Entry(sha256: file.sha256, result: result))) }
        guard case .value = result else { return file }
        return file.withoutText
    }

    /// Every file taken, parsed, for `ProjectParser.parse(_:cache:)`.
    public func cache() -> ParseCache {
        let cache = ParseCache()
        cache.store(lock.withLock { entries }, phases: phases)
        return cache
    }
}
