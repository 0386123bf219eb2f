import DossierTestSupport
import Foundation
import Testing

/// A repeated id is invalid HTML, and a link to it lands on whichever
/// comes first.
@Suite struct ElementIDTests {
    @Test func idsAreUniqueInEveryPageOfTheTestProject() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try expectUniqueIDs(in: build.files)
    }

    @Test func idsAreUniqueInEveryPageOfTheExampleProduct() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try DossierPipelineBuild.build(content: PackageRoot.exampleContent, output: output)
        try expectUniqueIDs(in: try OutputTree.read(output))
    }

    private func expectUniqueIDs(in files: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.contains("dossier.html"), sourceLocation: sourceLocation)
        for page in pages {
            let repeated = HTMLDocument.repeatedIDs(in: OutputTree.text(files, page))
            #expect(repeated == [], "\(page) repeats ids", sourceLocation: sourceLocation)
        }
    }
}
