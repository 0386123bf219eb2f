import DossierModel
import Foundation

/// The live preview's memory of parsed item files, by path, with the digest
/// of the bytes each was parsed from: an edit re-parses the files that
/// changed, not the project. Items are read against the project's phases, so
/// a change to those empties it.
public final class ParseCache: @unchecked Sendable {
    struct Entry: Sendable {
        var sha256: String
        var result: Parsed<Item>
    }

    private let lock = NSLock()
    private var phases: [String] = []
    private var entries: [String: Entry] = [:]

    public init() {}

    public var count: Int { lock.withLock { entries.count } }

    func results(for phases: [String]) -> [String: Entry] {
        lock.withLock { self.phases == phases ? entries : [:] }
    }

    /// Replaces the whole memory, so deleted files do not linger.
    func store(_ results: [(String, Entry)], phases: [String]) {
        let fresh = Dictionary(results, uniquingKeysWith: { _, last in last })
        lock.withLock {
            self.phases = phases
            entries = fresh
        }
    }
}
