import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the file system names them: resolved through links, and
/// compared as bytes, never as Unicode text.
public enum FilePath {
    /// The path with every symbolic link and `..` resolved; nil when it
    /// does not exist.
    public static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` is `folder` or lies in it: `content/out` is in `content`,
    /// `content-old` is not.
    public static func path(_ path: String, isOrIsIn folder: String) -> Bool {
        folder == "/" ? path.hasPrefix("/") : self.path(path, isOrIsIn: Array(folder.utf8))
    }

    /// The same, with the folder's bytes taken once by a caller that asks
    /// of many paths.
    public static func path(_ path: String, isOrIsIn folder: [UInt8]) -> Bool {
        let bytes = path.utf8
        guard bytes.count >= folder.count else { return false }
        var position = bytes.startIndex
        for byte in folder {
            guard bytes[position] == byte else { return false }
            position = bytes.index(after: position)
        }
        return position == bytes.endIndex || bytes[position] == UInt8(ascii: "/")
    }
}
