import DossierTestSupport
import Foundation

/// The Python of the virtual environment that holds the real consumers of
/// our outputs (the `reqif` package, StrictDoc, pypdf): `.venv/` in the
/// package root, as CI creates it, or `DOSSIER_INTEROP_PYTHON`. Without
/// one the interop tests are skipped locally and fail in CI.
enum InteropPython {
    static let url: URL? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [environment["DOSSIER_INTEROP_PYTHON"],
                                     PackageRoot.url.appendingPathComponent(".venv/bin/python").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(URL.init(fileURLWithPath:))
    }()

    /// Run the tests: the environment exists, or CI must learn that it does not.
    static let shouldRun = url != nil || ProcessInfo.processInfo.environment["CI"] != nil

    static let missing = "no interop Python: create .venv (python3 -m venv .venv && .venv/bin/pip install "
        + "reqif strictdoc pypdf) or set DOSSIER_INTEROP_PYTHON"

    /// Runs `python Fixtures/script arguments…`.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let url else { throw Failure(missing) }
        return try PythonCheck.execute(url, [PythonCheck.folder.appendingPathComponent(script).path] + arguments)
    }
}
