import DossierModel
import Foundation

/// Where the files of a project are read from: the content folder on disk,
/// or the content folder as git stored it at a baseline revision. The files
/// `dossier.yml` lists are read through it, so the current project and its
/// baseline read them alike.
public protocol ContentStore: Sendable {
    /// The regular file at `path` (relative to the content folder,
    /// `/`-separated), if it is no larger than `limit` bytes.
    func contents(of path: String, limit: Int) -> Result<Data, ContentStoreFailure>
}

public enum ContentStoreFailure: Error, Equatable, Sendable {
    /// No regular file at that path.
    case missing
    /// The path, or a symbolic link on it, leads out of the content folder.
    case outside
    /// Larger than the limit: not read.
    case tooLarge
    case unreadable
}

/// The content folder on disk.
public struct FolderStore: ContentStore {
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    public func contents(of path: String, limit: Int) -> Result<Data, ContentStoreFailure> {
        guard Self.staysInside(path) else { return .failure(.outside) }
        let rootPath = FilePath.real(root.path) ?? root.path
        var isFolder: ObjCBool = false
        guard let real = FilePath.real(rootPath + "/" + path),
              FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else {
            return .failure(.missing)
        }
        // A symbolic link may still lead out.
        guard FilePath.path(real, isOrIsIn: rootPath), real != rootPath else { return .failure(.outside) }
        let size = (try? FileManager.default.attributesOfItem(atPath: real)[.size] as? Int) ?? nil
        if let size, size > limit { return .failure(.tooLarge) }
        guard let data = FileManager.default.contents(atPath: real) else { return .failure(.unreadable) }
        return .success(data)
    }

    /// Whether a path, as written, stays in the content folder: relative,
    /// and never climbing above where it starts.
    public static func staysInside(_ path: String) -> Bool {
        guard !path.hasPrefix("/") else { return false }
        var depth = 0
        for part in path.split(separator: "/") where part != "." {
            depth += part == ".." ? -1 : 1
            if depth < 0 { return false }
        }
        return depth > 0
    }
}
