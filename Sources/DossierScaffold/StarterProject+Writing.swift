import Foundation

extension StarterProject {
    /// Why `init` wrote nothing, or stopped part way.
    public enum WriteError: Error, Equatable, Sendable {
        /// Files (or a non-empty content folder) already there; nothing was written.
        case existing([String])
        case notAFolder(String)
        /// Writing stopped at `path`; the files in `written` are there.
        case cannotWrite(path: String, reason: String, written: [String])
    }

    /// What is in the way of writing the starter into `folder`: every target
    /// file that exists, and a content folder that already holds anything,
    /// since each `.md` in it would become an item of the new project.
    public static func conflicts(in folder: URL, empty: Bool = false) -> [String] {
        let manager = FileManager.default
        var found = files(empty: empty).map(\.path).filter { manager.fileExists(atPath: folder.appendingPathComponent($0).path) }
        let content = folder.appendingPathComponent(contentFolder).path
        // Hidden entries (.gitkeep, .DS_Store) are never read as items.
        let entries = ((try? manager.contentsOfDirectory(atPath: content)) ?? []).filter { !$0.hasPrefix(".") }
        if !entries.isEmpty, !found.contains(where: { $0.hasPrefix(contentFolder + "/") }) {
            found.append(contentFolder + "/ (not empty)")
        }
        return found
    }

    /// Writes every file into `folder`, creating it if needed. Refuses
    /// before writing anything when `conflicts(in:)` finds something, and
    /// never replaces a file even if one appears meanwhile.
    /// A `.gitignore` is written too unless one exists.
    /// - Parameter empty: only `dossier.yml`, for a team that starts from
    ///   its own items rather than replacing the example's.
    /// - Returns: the paths written, relative to `folder`.
    @discardableResult
    public static func write(into folder: URL, empty: Bool = false) throws(WriteError) -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .notAFolder(folder.path)
        }
        let existing = conflicts(in: folder, empty: empty)
        guard existing.isEmpty else { throw .existing(existing) }
        // A project inside a repository that already ignores things keeps its own file.
        let hasIgnore = FileManager.default.fileExists(atPath: folder.appendingPathComponent(gitIgnore.path).path)
        var written: [String] = []
        for file in files(empty: empty) + (hasIgnore ? [] : [gitIgnore]) {
            let target = folder.appendingPathComponent(file.path)
            do {
                try NewFile.write(file.contents, to: target)
            } catch {
                throw .cannotWrite(path: file.path, reason: error.localizedDescription, written: written)
            }
            written.append(file.path)
        }
        return written
    }
}
