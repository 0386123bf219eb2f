import DossierLoad
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// The preview reads again only the files an edit touched, and falls back
/// to a full load for anything else.
@Suite struct ContentReloadTests {
    static let edited = "---\nid: AS-1\ntype: asset\ntitle: Dose journal\n---\nText.\n"

    @Test func anEditedFileIsReadAgainAndTheRestKept() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let first = ContentLoader().load(from: fixture.url)
        try fixture.write("assets/AS-1.md", Self.edited)
        let reloaded = try #require(ContentLoader().reload(["assets/AS-1.md"], in: first))
        let full = ContentLoader().load(from: fixture.url)
        #expect(reloaded.documents == full.documents)
        #expect(reloaded.configuration == full.configuration)
        #expect(reloaded.documents.first { $0.path == "assets/AS-1.md" }?.text == Self.edited)
    }

    @Test func anEditedConfigurationIsReadAgain() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let first = ContentLoader().load(from: fixture.url)
        let text = try #require(first.configuration?.text) + "\n# reviewed\n"
        try fixture.write("dossier.yml", text)
        #expect(try #require(ContentLoader().reload(["dossier.yml"], in: first)).configuration?.text == text)
    }

    @Test func aScratchFileMadeAndRemovedBetweenTwoLooksIsIgnored() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let first = ContentLoader().load(from: fixture.url)
        let reloaded = try #require(ContentLoader().reload(["assets/sedX1b2c3", ".AS-1.md.swp"], in: first))
        #expect(reloaded.documents == first.documents)
    }

    /// The kernel names a folder moved away by its own path, none of its files.
    @Test func aFolderMovedAwayNeedsAFullLoad() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        try fixture.write("assets/pump/AS-7.md", "---\nid: AS-7\ntype: asset\ntitle: Pump log\n---\n")
        let first = ContentLoader().load(from: fixture.url)
        try FileManager.default.moveItem(at: fixture.url.appendingPathComponent("assets/pump"),
                                         to: fixture.root.appendingPathComponent("pump"))
        #expect(ContentLoader().reload(["assets/pump"], in: first) == nil)
        #expect(first.files(touchedBy: ["assets/pump"]) == ["assets/pump/AS-7.md"])
        #expect(first.files(touchedBy: ["assets/pum", "assets/sedX1b2c3"]).isEmpty, "a path, not a prefix of one")
        #expect(first.files(touchedBy: ["assets/pump/AS-7.md/"]).isEmpty, "a folder of that name, not the file")
        let assets = first.files(touchedBy: ["assets"])
        #expect(assets.contains("assets/pump/AS-7.md") && assets.count > 1)
        #expect(assets.allSatisfy { $0.hasPrefix("assets/") })
    }

    @Test func addedRemovedAndUnreadableFilesNeedAFullLoad() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let first = ContentLoader().load(from: fixture.url)
        try fixture.write("assets/AS-9.md", "---\nid: AS-9\ntype: asset\ntitle: Pump log\n---\n")
        #expect(ContentLoader().reload(["assets/AS-9.md"], in: first) == nil)
        try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("assets/AS-1.md"))
        #expect(ContentLoader().reload(["assets/AS-1.md"], in: first) == nil)
        #expect(ContentLoader().reload(["assets"], in: first) == nil)
        let second = ContentLoader().load(from: fixture.url)
        let some = try #require(second.documents.first?.path)
        try fixture.write(some, data: Data([0xFF, 0xFE, 0x00]))
        #expect(ContentLoader().reload([some], in: second) == nil)
    }
}

/// A build lets go of the files' text once they are parsed; what the
/// manifest lists stays.
@Suite struct ReleasingTextTests {
    @Test func theTextGoesAndThePathDigestAndSizeStay() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let sources = ContentLoader().load(from: fixture.url)
        let released = sources.releasingText()
        #expect(released.documents.map(\.path) == sources.documents.map(\.path))
        #expect(released.documents.map(\.sha256) == sources.documents.map(\.sha256))
        #expect(released.documents.map(\.byteCount) == sources.documents.map(\.byteCount))
        #expect(released.documents.allSatisfy { $0.text.isEmpty })
        #expect(released.configuration == sources.configuration)
    }
}
