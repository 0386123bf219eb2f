import DossierTestSupport
import Foundation
import Testing

/// Same input, same bytes: no clock, no file-system order, no locale.
@Suite struct DeterminismTests {
    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let first = try RenderFixture.build()
        defer { first.fixture.remove() }
        let second = try RenderFixture.build()
        defer { second.fixture.remove() }
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, data) in first.files {
            #expect(second.files[path] == data, "\(path) differs between two builds")
        }
    }

    @Test func filesWrittenInAnotherOrderAndWithCRLFGiveTheSameOutput() throws {
        let first = try RenderFixture.build()
        defer { first.fixture.remove() }
        // Reverse creation order, and CRLF line endings in every Markdown file.
        var files = RenderFixture.files
        for (path, text) in files where path.hasSuffix(".md") {
            files[path] = text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let fixture = try ProjectFixture(files: [:])
        defer { fixture.remove() }
        for path in files.keys.sorted().reversed() { try fixture.write(path, files[path]!) }
        let output = fixture.root.appendingPathComponent("output")
        _ = try DossierPipelineBuild.build(content: fixture.url, output: output)
        let second = try OutputTree.read(output)
        // The manifest lists the digests of the bytes as stored, which CRLF changes.
        let withManifest: Set = ["dossier.json", "dossier.md", "dossier.html", "site/manifest.html"]
        #expect(first.files.keys.sorted() == second.keys.sorted())
        for (path, data) in first.files where !withManifest.contains(path) {
            #expect(second[path] == data, "\(path) differs")
        }
    }

    @Test func theDocumentDateComesFromSourceDateEpochNeverTheClock() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let undated = fixture.root.appendingPathComponent("undated")
        let dated = fixture.root.appendingPathComponent("dated")
        _ = try DossierPipelineBuild.build(content: fixture.url, output: undated)
        _ = try DossierPipelineBuild.build(content: fixture.url, output: dated, sourceDateEpoch: "1767225600")
        #expect(OutputTree.text(try OutputTree.read(undated), "dossier.md").contains("· undated"))
        #expect(OutputTree.text(try OutputTree.read(dated), "dossier.md").contains("· 2026-01-01"))
    }
}
