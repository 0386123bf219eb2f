import Foundation

/// Runs the `dossier` executable that `swift build --build-tests` built,
/// as a user would, to test exit status and the two output streams.
public enum DossierBinary {
    /// The built executable: `DOSSIER_BINARY` if set, else `dossier` beside
    /// the test bundle (`<scratch>/debug/dossier`) or in a folder above it.
    public static let url: URL? = {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        for start in [testBundle, Bundle.main.bundleURL, Bundle.main.executableURL].compactMap({ $0 }) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("dossier")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }()

    public struct NotFound: Error, CustomStringConvertible {
        public var description: String {
            "the dossier executable was not found beside \(CommandLine.arguments[0]); "
                + "build it with `swift build --build-tests` or set DOSSIER_BINARY"
        }
    }

    /// The test process's environment without colour and without
    /// `SOURCE_DATE_EPOCH`: a runner that exports it for reproducible builds
    /// must not change the dates the tests see.
    public static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        return environment
    }

    /// Runs `dossier arguments…` in `directory` and waits for it. Both
    /// streams go to files, so a full pipe can never block the child.
    /// `overrides` replace variables of `environment` (PATH, for one).
    public static func run(_ arguments: [String], in directory: URL? = nil,
                           environment overrides: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        guard let url else { throw NotFound() }
        return try ExternalProgram.run(url, arguments, in: directory,
                                       environment: environment.merging(overrides) { _, new in new })
    }

    /// Starts `dossier arguments…` without waiting, output discarded, for
    /// tests that signal the running process.
    /// - Parameter errors: a file to take what it writes to standard
    ///   error; discarded when nil.
    public static func start(_ arguments: [String], in directory: URL? = nil, errors: URL? = nil,
                             environment overrides: [String: String] = [:]) throws -> Process {
        guard let url else { throw NotFound() }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = environment.merging(overrides) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }
}
