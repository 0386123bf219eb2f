import Dispatch
import Foundation

/// Runs the `git` command-line tool, found on PATH, and collects what it
/// prints. Every call reads; none changes the repository, its index or its
/// working tree.
struct GitRunner: Sendable {
    /// What one git command printed and how it ended.
    struct Output: Sendable {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: String

        var succeeded: Bool { status == 0 }
        var text: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    /// The folder git runs in.
    var workingFolder: String

    /// Runs git with `arguments`, feeding it `input` on standard input, and
    /// waits for it. Throws `BaselineFailure.gitMissing` when no `git` is on
    /// PATH. `core.quotePath=false` keeps non-ASCII paths as they are, for
    /// the commands that print paths without `-z`.
    ///
    /// Foundation's `Process` and plain threads, not an async API: `check`
    /// runs this from inside Swift concurrency's thread pool (the preview's
    /// rebuilds, tests, a review's `revision`), and waiting there for a task
    /// that needs the same pool left every thread of it waiting.
    func run(_ arguments: [String], input: [UInt8] = []) throws(BaselineFailure) -> Output {
        let process = Process()
        // `env` finds git on PATH, and says so (status 127) when there is none.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        process.environment = ProcessInfo.processInfo.environment
            .merging(["GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"]) { _, new in new }
        process.currentDirectoryURL = URL(fileURLWithPath: workingFolder, isDirectory: true)
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        do {
            // The input from a file: a pipe written while git stops early
            // would end this process with SIGPIPE.
            let inputFile = try Self.inputFile(input)
            defer { try? inputFile.handle.close(); try? FileManager.default.removeItem(at: inputFile.url) }
            process.standardInput = inputFile.handle
            try process.run()
        } catch {
            return try Self.failed(error)
        }
        // Both streams at once: git stops when a pipe nobody reads is full.
        let errors = Box<Data>()
        let errorsRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errors.value = standardError.fileHandleForReading.readDataToEndOfFile()
            errorsRead.signal()
        }
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        let errorText = String(decoding: errors.value ?? Data(), as: UTF8.self)
        if process.terminationStatus == 127, errorText.contains("git") { throw .gitMissing }
        return Output(status: process.terminationReason == .exit ? process.terminationStatus : -1,
                      standardOutput: [UInt8](output), standardError: errorText)
    }

    /// `input` in a temporary file, open for reading.
    private static func inputFile(_ input: [UInt8]) throws -> (url: URL, handle: FileHandle) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-git-\(UUID().uuidString)")
        try Data(input).write(to: url)
        return (url, try FileHandle(forReadingFrom: url))
    }

    private static func failed(_ error: any Error) throws(BaselineFailure) -> Output {
        throw .gitFailed(reason: "\(error)")
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        // Written once before the semaphore is signalled, read once after
        // the wait: the semaphore orders the two.
        var value: Value?
    }
}
