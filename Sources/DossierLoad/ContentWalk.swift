import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the content folder without following links out of it. Hidden
/// entries (`.git`, editor files) are not part of a dossier.
struct ContentWalk {
    let rootPath: String
    /// Markdown files, dossier.yml and other regular files, relative, sorted.
    private(set) var files: [String] = []
    private(set) var otherFileSizes: [(String, Int)] = []
    private(set) var errors: [InputError] = []

    init(rootPath: String) {
        self.rootPath = rootPath
    }

    mutating func visit(relativePath: String) {
        let absolute = relativePath.isEmpty ? rootPath : rootPath + "/" + relativePath
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
            errors.append(.unreadableFile(SourceLocation(file: relativePath, line: 1),
                                          reason: "folder \(relativePath) cannot be listed"))
            return
        }
        // A dossier built into the content folder by mistake: its Markdown
        // is output, never design input.
        if !relativePath.isEmpty, names.contains(OutputFolder.markerName) { return }
        for name in names.sorted(by: ByteOrder.precedes)
        where !name.hasPrefix(".") {
            let path = relativePath.isEmpty ? name : relativePath + "/" + name
            visitEntry(path)
        }
    }

    private mutating func visitEntry(_ path: String) {
        let absolute = rootPath + "/" + path
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            visit(relativePath: path)
        case S_IFREG:
            record(path, size: Int(info.st_size))
        case S_IFLNK:
            visitLink(path)
        default:
            break  // sockets, fifos, devices are never design inputs
        }
    }

    /// A link is followed only when it stays inside the content folder, so a
    /// dossier can never publish a file from elsewhere on the build machine.
    private mutating func visitLink(_ path: String) {
        let location = SourceLocation(file: path, line: 1)
        guard let target = FilePath.real(rootPath + "/" + path) else {
            if path.hasSuffix(".md") {
                errors.append(.unreadableFile(location, reason: "\(path) is a link to a file that does not exist"))
            }
            return
        }
        guard target.hasPrefix(rootPath + "/") else {
            errors.append(.unreadableFile(location, reason: "\(path) is a link to \(target), outside the content "
                + "folder; it was not read. Copy the file into the content folder instead"))
            return
        }
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        // A linked folder inside the content folder would list its files twice.
        if info.st_mode & S_IFMT == S_IFREG {
            record(path, size: Int(info.st_size))
        }
    }

    private mutating func record(_ path: String, size: Int) {
        if path.hasSuffix(".md") || path == ProjectConfiguration.fileName {
            files.append(path)
        } else if let stem = InputError.markdownStem(of: path), Self.opensFrontMatter(rootPath + "/" + path) {
            errors.append(.unreadableFile(SourceLocation(file: path, line: 1),
                                          reason: "\(path) has front matter but is not read: design inputs are files "
                                            + "ending in `.md`, in lower case; rename it \(stem).md"))
        } else {
            otherFileSizes.append((path, size))
        }
    }

    /// A Markdown file not named `.md` (`TH-9.MD`) that starts with `---`:
    /// an item the author meant, which would otherwise vanish from the
    /// dossier unsaid.
    private static func opensFrontMatter(_ absolute: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: absolute) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 6)) ?? Data()
        return start.starts(with: Data("---".utf8)) || start.starts(with: Data([0xEF, 0xBB, 0xBF] + Array("---".utf8)))
    }
}
