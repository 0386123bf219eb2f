import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ContentLoader {
    /// `previous` with the files at `paths` read again, for the preview:
    /// listing 10,000 files to learn that one changed cost a fifth of a
    /// rebuild. Only edits of files already read are taken this way; nil
    /// when anything else changed (a file added, removed or now unreadable,
    /// a folder, a link), which a full `load` handles.
    public func reload(_ paths: Set<String>, in previous: ContentSources) -> ContentSources? {
        var sources = previous
        let rootPath = previous.root.path
        for path in paths.sorted(by: ByteOrder.precedes) {
            // The walk skips hidden entries; so does a reload.
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var info = stat()
            guard lstat(rootPath + "/" + path, &info) == 0 else {
                // A folder moved away is reported by its own path alone.
                if !previous.files(touchedBy: [path]).isEmpty { return nil }
                continue  // made and removed between two looks, as editors' scratch files are
            }
            guard info.st_mode & S_IFMT == S_IFREG else { return nil }
            // A search, not an index of every path: an edit names a file
            // or two, and hashing 10,000 paths cost more than finding them.
            if let position = previous.documents.firstIndex(where: { $0.path == path }) {
                guard case .success(let file) = SourceReader(rootPath: rootPath, limits: limits)
                    .read(relativePath: path) else { return nil }
                sources.documents[position] = file
            } else if path == ProjectConfiguration.fileName, previous.configuration != nil {
                guard case .success(let file) = SourceReader(rootPath: rootPath, limits: limits)
                    .read(relativePath: path) else { return nil }
                sources.configuration = file
            } else if previous.otherFiles[path] != nil {
                sources.otherFiles[path] = ContentFile(path: path, byteCount: Int(info.st_size))
            } else {
                return nil
            }
        }
        return sources
    }
}
