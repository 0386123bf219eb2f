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
        let run = try ExternalProgram.run(executable, arguments)
        return (run.status, run.stdout + run.stderr)
    }
}
