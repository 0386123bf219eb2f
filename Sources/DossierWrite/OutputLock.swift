import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time per output folder: two builds swapping the same
/// folder could each remove what the other just wrote. The lock is a file
/// beside the output folder, held with flock(2), so it is released when the
/// process ends however it ends; a build that ends normally also removes it.
public final class OutputLock: @unchecked Sendable {
    public enum Failure: Error, Equatable {
        case held(path: String)
        case unavailable(path: String, reason: String)
    }

    private let descriptor: Int32
    private let path: String

    /// Takes the lock, or fails at once if another build holds it. The
    /// folder that holds the output must exist.
    public init(for output: URL) throws(Failure) {
        let output = output.standardizedFileURL
        path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        descriptor = try Self.lock(path, output: output.path)
        let lockPath = path
        InterruptCleanup.onInterrupt("lock \(path)") { unlink(lockPath) }
    }

    /// Removing the file while still holding it: a build that opened it
    /// meanwhile finds, once it gets the lock, that the path names another
    /// file (or none) and starts over, so two builds never each hold a
    /// lock on a different file of the same name.
    deinit {
        InterruptCleanup.onInterrupt("lock \(path)", nil)
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func lock(_ path: String, output: String) throws(Failure) -> Int32 {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .unavailable(path: output, reason: String(cString: strerror(errno))) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw .held(path: output)
            }
            if namesSameFile(descriptor, path) { return descriptor }
            // The holder removed the file between our open and our flock.
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    private static func namesSameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var locked = stat()
        var named = stat()
        guard fstat(descriptor, &locked) == 0, stat(path, &named) == 0 else { return false }
        return locked.st_dev == named.st_dev && locked.st_ino == named.st_ino
    }
}
