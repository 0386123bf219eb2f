import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices edits by comparing every file's modification time, size and inode
/// with the last look: portable, and cheap enough a few times a second at
/// 10,000 files. Hidden entries (`.git`, editor swap files) are skipped, as
/// the content loader skips them.
struct FolderWatcher {
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt64
    }

    let root: String
    private var stamps: [String: Stamp] = [:]

    init(root: String) {
        self.root = root
        stamps = Self.scan(root)
    }

    /// The paths, relative to the root, added, removed or modified since the
    /// last call.
    mutating func changes() -> Set<String> {
        let now = Self.scan(root)
        var changed = Set<String>()
        for (path, stamp) in now where stamps[path] != stamp { changed.insert(path) }
        for path in stamps.keys where now[path] == nil { changed.insert(path) }
        stamps = now
        return changed
    }

    private static func scan(_ root: String) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        visit(root, relative: "", depth: 0, into: &stamps)
        return stamps
    }

    /// Deeper than any real content folder; stops a link to a parent folder.
    static let maximumDepth = 32

    private static func visit(_ root: String, relative: String, depth: Int, into stamps: inout [String: Stamp]) {
        guard depth <= maximumDepth else { return }
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // stat, not lstat: a link's target changing is an edit too.
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                visit(root, relative: path, depth: depth + 1, into: &stamps)
            } else {
                #if canImport(Darwin)
                let time = info.st_mtimespec
                #else
                let time = info.st_mtim
                #endif
                stamps[path] = Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                                     size: Int(info.st_size), inode: UInt64(info.st_ino))
            }
        }
    }
}
