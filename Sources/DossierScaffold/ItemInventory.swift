import DossierLoad
import DossierModel
import DossierParse
import Foundation

/// The items a project already has — id, type, file — for `dossier new` to
/// pick the next id and the usual folder.
///
/// Read with the same loader and parser as `check`, but leniently: a file
/// with errors is left out of the parsed items, yet its id is still taken,
/// so its `id:` and `type:` lines are read directly. A new item must never
/// reuse an id just because its owner is broken today.
public struct ItemInventory: Sendable {
    public struct Entry: Hashable, Sendable {
        public var id: String
        /// Nil when the file's type cannot be read.
        public var type: ItemType?
        /// Relative to the content folder.
        public var file: String
        /// A section's `order`.
        public var order: Double?

        public init(id: String, type: ItemType?, file: String, order: Double? = nil) {
            self.id = id
            self.type = type
            self.file = file
            self.order = order
        }
    }

    public var entries: [Entry]
    /// Every file under the content folder, relative: a new file must not replace one.
    public var files: Set<String>
    /// The project's phases, or the standard four when dossier.yml cannot be read.
    public var phases: [LifecyclePhase]

    public init(entries: [Entry], files: Set<String> = [], phases: [LifecyclePhase] = LifecyclePhase.standardPhases) {
        self.entries = entries
        self.files = files.union(entries.map(\.file))
        self.phases = phases
    }

    /// Loads and parses the project in `contentFolder`; never fails.
    public static func read(contentFolder: URL) -> ItemInventory {
        let sources = ContentLoader().load(from: contentFolder)
        let parsed = ProjectParser().parse(sources)
        var entries = parsed.items.map { item in
            Entry(id: item.id, type: item.type, file: item.location.file, order: item.section?.order)
        }
        let parsedFiles = Set(entries.map(\.file))
        for document in sources.documents where !parsedFiles.contains(document.path) {
            if let entry = looseEntry(document.text, file: document.path) { entries.append(entry) }
        }
        let files = Set(sources.documents.map(\.path)).union(sources.otherFiles.keys)
        return ItemInventory(entries: entries, files: files,
                             phases: parsed.configuration?.phases ?? LifecyclePhase.standardPhases)
    }

    /// `id:` and `type:` of a front matter that does not parse as a whole.
    static func looseEntry(_ text: String, file: String) -> Entry? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.hasPrefix("---") == true else { return nil }
        var id: String?
        var type: ItemType?
        for line in lines.dropFirst() {
            if line.hasPrefix("---") { break }
            if let value = scalar(after: "id:", in: line) { id = value }
            if let value = scalar(after: "type:", in: line) { type = ItemType(rawValue: value) }
        }
        return id.map { Entry(id: $0, type: type, file: file) }
    }

    /// The plain or quoted value of a top-level `key: value` line.
    private static func scalar(after key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key) else { return nil }
        var value = line.dropFirst(key.count)
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
        return trimmed.isEmpty ? nil : trimmed
    }
}
