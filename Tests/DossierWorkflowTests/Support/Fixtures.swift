import Foundation

/// The Python checks under Fixtures/, run when python3 with `jsonschema`
/// (and PyYAML) is installed; the Swift checks run everywhere.
enum PythonCheck {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let isAvailable: Bool = (try? python(["-c", "import jsonschema, yaml"]).status) == 0

    /// Runs `python3 Fixtures/script arguments…`.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try python([folder.appendingPathComponent(script).path] + arguments)
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }

    /// Runs a program to its end; its status and its output and errors together.
    static func execute(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = try TemporaryFolder()
        let file = output.url.appendingPathComponent("output")
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
        return (process.terminationStatus, try output.read("output"))
    }
}
