import DossierLoad
import DossierModel
@testable import DossierParse
import DossierTestSupport
import Foundation
import Testing

/// The live preview re-reads and re-parses only the files an edit touched.
@Suite struct ParseCacheTests {
    @Test func aFileWhoseBytesAreUnchangedIsNeitherReadNorParsedAgain() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let cache = ParseCache()
        let first = ContentLoader().load(from: fixture.url)
        #expect(ProjectParser().parse(first, cache: cache).item("AS-1")?.title == "Dose history")
        #expect(cache.count == first.documents.count)

        // Changed on disk, but handed over as unchanged: the loader keeps the
        // old bytes, and the parser the item it made from them.
        try fixture.write("assets/AS-1.md", "---\nid: AS-1\ntype: asset\ntitle: Dose journal\n---\nText.\n")
        let unchanged = Dictionary(uniqueKeysWithValues: first.documents.map { ($0.path, $0) })
        let kept = ContentLoader().load(from: fixture.url, unchanged: unchanged)
        #expect(ProjectParser().parse(kept, cache: cache).item("AS-1")?.title == "Dose history")

        // Read again, the new bytes have another digest and are parsed.
        let reread = ContentLoader().load(from: fixture.url, unchanged: unchanged.filter { $0.key != "assets/AS-1.md" })
        #expect(ProjectParser().parse(reread, cache: cache).item("AS-1")?.title == "Dose journal")
    }

    @Test func aDeletedFileLeavesTheCache() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let cache = ParseCache()
        _ = ProjectParser().parse(ContentLoader().load(from: fixture.url), cache: cache)
        let before = cache.count
        try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("assets/AS-1.md"))
        _ = ProjectParser().parse(ContentLoader().load(from: fixture.url), cache: cache)
        #expect(cache.count == before - 1)
    }

    /// After an edit only the edited file's entry is written; the memory
    /// must still hold exactly the project's files, with their digests.
    @Test func anEditOrARenameLeavesTheCacheHoldingExactlyTheProjectsFiles() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let cache = ParseCache()
        _ = ProjectParser().parse(ContentLoader().load(from: fixture.url), cache: cache)
        func expectExact(_ sources: ContentSources) {
            let held = cache.results(for: ProjectParser.phasesKey(of: ProjectParser().parse(sources).configuration))
            #expect(Set(held.keys) == Set(sources.documents.map(\.path)))
            for file in sources.documents { #expect(held[file.path]?.sha256 == file.sha256, "\(file.path)") }
        }
        try fixture.write("assets/AS-1.md", "---\nid: AS-1\ntype: asset\ntitle: Dose journal\n---\nText.\n")
        let edited = ContentLoader().load(from: fixture.url)
        #expect(ProjectParser().parse(edited, cache: cache).item("AS-1")?.title == "Dose journal")
        expectExact(edited)
        try FileManager.default.moveItem(at: fixture.url.appendingPathComponent("assets/AS-1.md"),
                                         to: fixture.url.appendingPathComponent("assets/AS-1-journal.md"))
        let renamed = ContentLoader().load(from: fixture.url)
        #expect(ProjectParser().parse(renamed, cache: cache).item("AS-1")?.title == "Dose journal")
        expectExact(renamed)
    }

    @Test func itemsAreParsedAgainWhenTheProjectsPhasesChange() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let cache = ParseCache()
        let first = ProjectParser().parse(ContentLoader().load(from: fixture.url), cache: cache)
        #expect(first.errors.isEmpty)
        // Without "decommissioning", the security requirements that name it are in error.
        let configuration = ProjectFixture.files(in: ProjectFixture.configuration(phases: "[installation, operation, maintenance]"))
        try fixture.write("dossier.yml", try #require(configuration["dossier.yml"]))
        let second = ProjectParser().parse(ContentLoader().load(from: fixture.url), cache: cache)
        #expect(!second.errors.isEmpty)
    }
}
