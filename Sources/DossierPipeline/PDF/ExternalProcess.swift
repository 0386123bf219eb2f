import DossierWrite
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one program to its end or to a time limit, synchronously, as the
/// build stages are. Foundation's `Process` rather than swift-subprocess:
/// the pipeline is not async, and Subprocess limits time only through task
/// cancellation, which would need an async bridge in the middle of the
/// build for no other gain.
struct ExternalProcess {
    enum Outcome: Equatable {
        case exited(status: Int32, errors: String)
        /// Killed after `timeout` seconds.
        case timedOut
    }

    var executable: URL
    var arguments: [String]
    /// Added to (and overriding) the build's own environment.
    var environment: [String: String] = [:]
    var timeout: TimeInterval

    func run() throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        // The program's messages go to a file: a pipe that nobody reads
        // while it runs would stop it once the pipe is full.
        let errors = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-process-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let handle = try FileHandle(forWritingTo: errors)
        defer { try? handle.close() }
        process.standardError = handle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Ctrl-C during the PDF stops the program too: it would otherwise
        // write on, parentless, into a staging folder already removed.
        // SIGKILL: the child inherits the build ignoring INT and TERM.
        let pid = process.processIdentifier
        let key = "process \(pid)"
        let log = errors.path
        InterruptCleanup.onInterrupt(key) {
            kill(pid, SIGKILL)
            unlink(log)
        }
        defer { InterruptCleanup.onInterrupt(key, nil) }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            // Asked to stop, then killed. The wait after each is bounded:
            // Foundation reports the end only when every holder of the
            // child's descriptors is gone, and a program the child started
            // may outlive it; the build must not wait for that.
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = finished.wait(timeout: .now() + 2)
            }
            return .timedOut
        }
        let text = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        return .exited(status: process.terminationStatus, errors: text)
    }

    /// The first executable called `name` on PATH.
    static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
