import Foundation

/// Runs a program and waits for it: the dossier executable (`DossierBinary`)
/// and the tools tests compare with (git, python3, sha256sum, the Nu HTML
/// checker). Both streams go to files, so a full pipe can never block it.
public enum ExternalProgram {
    /// `environment` nil: the test process's own.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus,
                String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a command found on PATH (`git`, `python3`) through `/usr/bin/env`.
    public static func run(_ command: [String], in directory: URL? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        try run(URL(fileURLWithPath: "/usr/bin/env"), command, in: directory)
    }
}
