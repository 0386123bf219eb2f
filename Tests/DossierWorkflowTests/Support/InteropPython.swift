import DossierTestSupport
import Foundation

/// The Python of the virtual environment that holds the real consumers of
/// our outputs (the `reqif` package, StrictDoc, pypdf, jsonschema): `.venv/`
/// in the package root, as `make interop` creates it, or
/// `DOSSIER_INTEROP_PYTHON`. Without one the tests that need it fail, and
/// say how to make it: a skipped check would pass unnoticed.
enum InteropPython {
    static let url: URL? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [environment["DOSSIER_INTEROP_PYTHON"],
                                     PackageRoot.url.appendingPathComponent(".venv/bin/python").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(URL.init(fileURLWithPath:))
    }()

    static let missing = "no interop Python: run `make interop` (it makes .venv from "
        + "Tests/interop-requirements.txt; Debian needs python3-venv) or set DOSSIER_INTEROP_PYTHON"

    /// Runs `python Fixtures/script arguments…`.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let url else { throw Failure(missing) }
        return try PythonCheck.execute(url, [PythonCheck.folder.appendingPathComponent(script).path] + arguments)
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
