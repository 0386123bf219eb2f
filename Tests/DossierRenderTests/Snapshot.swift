import Foundation
import Testing

/// Whole-output comparison with files under `__Snapshots__`, beside this
/// file. Run with RECORD_SNAPSHOTS=1 to write them anew; review the diff
/// like any other change.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__", isDirectory: true)

    static func assertMatches(_ actual: String, named name: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no snapshot \(name); run the tests with RECORD_SNAPSHOTS=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
            Issue.record("""
                \(name) differs from its snapshot at line \(first + 1):
                  expected: \(expectedLine)
                  actual:   \(actualLine)
                (RECORD_SNAPSHOTS=1 records the new output)
                """, sourceLocation: sourceLocation)
        }
    }
}
