import Foundation

/// Writes a file that `init` or `new` creates for the author: its folder is
/// made as needed, and an existing file is never replaced, even one written
/// since the project was read.
public enum NewFile {
    public static func write(_ text: String, to target: URL) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target, options: .withoutOverwriting)
    }
}
