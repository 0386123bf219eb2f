import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per output folder: two builds swapping the same
/// folder could each remove what the other just wrote. The lock is a file
/// beside the output folder, held with flock(2), so it is released when the
/// process ends however it ends.
public final class OutputLock: @unchecked Sendable {
    public enum Failure: Error, Equatable {
        case held(path: String)
        case unavailable(path: String, reason: String)
    }

    private let descriptor: Int32

    /// Takes the lock, or fails at once if another build holds it.
    public init(for output: URL) throws(Failure) {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = parent.appendingPathComponent(".\(output.lastPathComponent).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw .unavailable(path: output.path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .held(path: output.path)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
