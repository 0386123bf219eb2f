import Foundation

/// Runs the real `dossier` executable, as a user or a CI job would.
/// (Kept here rather than in DossierTestSupport, which was being written at
/// the same time; `DossierBinary.run` there does the same.)
enum Dossier {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String {
            "dossier was not found beside \(CommandLine.arguments[0]); run `swift build --build-tests` first "
                + "or set DOSSIER_BINARY"
        }
    }

    /// `<scratch>/debug/dossier`, beside the test bundle, or `DOSSIER_BINARY`.
    static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] { return URL(fileURLWithPath: path) }
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL,
                      Bundle.main.bundleURL.appendingPathComponent("x")]
        for start in starts {
            var folder = start.standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<3 {
                let candidate = folder.appendingPathComponent("dossier")
                if FileManager.default.isExecutableFile(atPath: candidate.path),
                   (try? candidate.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == false {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// Runs `dossier arguments…` in `folder`, without colour. Output goes
    /// through files so a full pipe can never stall the child.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        guard let executable else { throw NotBuilt() }
        let streams = try TemporaryFolder()
        let outURL = streams.url.appendingPathComponent("stdout")
        let errURL = streams.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A folder under the system's temporary folder, removed when released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-workflow-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `path` (relative), creating folders.
    func write(_ text: String, to path: String) throws {
        let target = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(path)), as: UTF8.self)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// A project made by `dossier init`: clean, every item type present.
    static func starterProject() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let run = try Dossier.run(["init", "--quiet"], in: folder.url)
        guard run.status == 0 else { throw Failure("dossier init failed: \(run.stderr)") }
        return folder
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
