import DossierTestSupport
import Foundation

/// The Python checks under Fixtures/, which `InteropPython` runs with the
/// interop environment (`jsonschema` and PyYAML are in
/// Tests/interop-requirements.txt).
enum PythonCheck {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Runs a program to its end; its status and its output and errors together.
    static func execute(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = try ProjectFixture()
        let file = output.root.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try output.readOutside("output"))
    }
}
