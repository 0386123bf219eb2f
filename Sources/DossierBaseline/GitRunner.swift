import Dispatch
import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

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

    /// The most git may print for one call: the whole baseline, in
    /// `cat-file --batch`'s case.
    static let outputLimit = 1 << 32

    /// Runs git with `arguments`, feeding it `input` on standard input, and
    /// waits for it. Throws `BaselineFailure.gitMissing` when no `git` is on
    /// PATH. `core.quotePath=false` keeps non-ASCII paths as they are, for
    /// the commands that print paths without `-z`.
    func run(_ arguments: [String], input: [UInt8] = []) throws(BaselineFailure) -> Output {
        let folder = workingFolder
        let arguments = ["-c", "core.quotePath=false"] + arguments
        let result = Self.waiting { () async -> Result<Output, BaselineFailure> in
            do {
                let record = try await Subprocess.run(
                    .name("git"), arguments: Arguments(arguments),
                    environment: .inherit.updating(["GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"]),
                    workingDirectory: FilePath(folder),
                    input: .array(input), output: .bytes(limit: Self.outputLimit), error: .string(limit: 1 << 20))
                let status: Int32
                switch record.terminationStatus {
                case .exited(let code): status = Int32(code)
                default: status = -1
                }
                return .success(Output(status: status, standardOutput: record.standardOutput,
                                       standardError: record.standardError))
            } catch let error as SubprocessError where error.code == .executableNotFound {
                return .failure(.gitMissing)
            } catch {
                return .failure(.gitFailed(reason: "\(error)"))
            }
        }
        return try result.get()
    }

    /// Waits for async work from synchronous code: the commands are
    /// synchronous, and only reading a baseline runs a process.
    private static func waiting<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class Box<Value: Sendable>: @unchecked Sendable {
        // Written once by the task before the semaphore is signalled, read
        // once after the wait: the semaphore orders the two.
        var value: Value?
    }
}
