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

    /// Adds or replaces the entries of files parsed again, when the memory
    /// already holds exactly the project's files under these phases: after
    /// an edit of one file of 10,000, making the memory anew took a fifth
    /// of the preview's parse stage.
    /// False, changing nothing, when the memory is of other phases.
    func update(_ results: [(String, Entry)], phases: [String]) -> Bool {
        lock.withLock {
            guard self.phases == phases else { return false }
            for (path, entry) in results { entries[path] = entry }
            return true
        }
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
