import DossierLoad
import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct UnreadableFileTests {
    static let assetText = "---\nid: AS-1\ntype: asset\ntitle: Dose history\n---\n"

    @Test func invalidUTF8IsUnreadableAtTheLineOfTheBadByte() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        var bytes = Data("---\nid: AS-1\ntitle: Dose ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Data(" history\ntype: asset\n---\n".utf8)
        try fixture.write("assets/AS-1.md", data: bytes)
        #expect(fixture.inputErrors().map(\.brief) == ["assets/AS-1.md:3: unreadable-file"])
    }

    @Test func nulByteIsUnreadable() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        try fixture.write("assets/AS-1.md", data: Data("---\nid: AS-1\u{0}\ntype: asset\n---\n".utf8))
        let result = fixture.inputErrors()
        #expect(result.map(\.brief) == ["assets/AS-1.md:2: unreadable-file"])
        #expect(result.first?.message.contains("NUL") == true)
    }

    /// An item saved as `.MD` or `.markdown` would vanish from the dossier
    /// unsaid; other Markdown kept beside the content is no item.
    @Test func anItemInAFileNotEndingInLowerCaseMDIsNamed() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        try fixture.write("assets/AS-1.MD", data: Data(Self.assetText.utf8))
        try fixture.write("assets/AS-2.markdown", data: Data(Self.assetText.replacingOccurrences(of: "AS-1", with: "AS-2").utf8))
        try fixture.write("notes/meeting.markdown", data: Data("# Design review notes\n".utf8))
        let errors = fixture.inputErrors()
        #expect(errors.map(\.brief) == ["assets/AS-1.MD:1: unreadable-file", "assets/AS-2.markdown:1: unreadable-file"])
        #expect(errors.first?.message.hasSuffix("rename it assets/AS-1.md") == true, "\(errors.map(\.message))")
    }

    @Test func binaryFileNamedMarkdownIsUnreadable() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                            0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0xFF, 0xD8]
        try fixture.write("diagrams/flow.md", data: Data(png))
        #expect(fixture.inputErrors().map(\.code) == ["unreadable-file"])
        #expect(fixture.inputErrors().map(\.location.file) == ["diagrams/flow.md"])
    }

    @Test func fileOverTheSizeLimitIsUnreadableAndNamesTheLimit() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        try fixture.write("assets/AS-1.md", Self.assetText + String(repeating: "Dose history. ", count: 100))
        let sources = ContentLoader(limits: LoadLimits(maximumFileSize: 1024)).load(from: fixture.url)
        #expect(sources.errors.map(\.brief) == ["assets/AS-1.md:1: unreadable-file"])
        #expect(sources.errors.first?.message.contains("1024 bytes") == true)
        #expect(sources.documents.isEmpty)
    }

    @Test func fileAtTheSizeLimitIsRead() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        let text = Self.assetText + String(repeating: "x", count: 1024 - Self.assetText.utf8.count)
        try fixture.write("assets/AS-1.md", text)
        let sources = ContentLoader(limits: LoadLimits(maximumFileSize: 1024)).load(from: fixture.url)
        #expect(sources.errors.isEmpty)
        #expect(sources.documents.map(\.path) == ["assets/AS-1.md"])
    }

    @Test func symlinkToAFileOutsideTheContentFolderIsRefusedAndNeverRead() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        // Were the target read, its invalid bytes would give a different error.
        let outside = fixture.root.appendingPathComponent("secret.md")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: outside)
        try FileManager.default.createSymbolicLink(at: fixture.url.appendingPathComponent("linked.md"),
                                                   withDestinationURL: outside)
        let result = fixture.inputErrors()
        #expect(result.map(\.brief) == ["linked.md:1: unreadable-file"])
        #expect(result.first?.message.contains("outside the content folder") == true)
    }

    @Test func symlinkToAFolderOutsideTheContentFolderIsRefused() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        let elsewhere = fixture.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data(Self.assetText.utf8).write(to: elsewhere.appendingPathComponent("AS-1.md"))
        try FileManager.default.createSymbolicLink(at: fixture.url.appendingPathComponent("assets"),
                                                   withDestinationURL: elsewhere)
        let report = fixture.check()
        #expect(report.errors.map(\.brief) == ["assets:1: unreadable-file"])
        #expect(report.itemCount == 0)
    }

    @Test func symlinkInsideTheContentFolderIsFollowed() throws {
        let fixture = try ProjectFixture(project("-- assets/AS-1.md --\n" + Self.assetText))
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(at: fixture.url.appendingPathComponent("diagram.svg"),
                                                   withDestinationURL: fixture.url.appendingPathComponent("assets/AS-1.md"))
        let sources = ContentLoader().load(from: fixture.url)
        #expect(sources.errors.isEmpty)
        #expect(sources.otherFiles.keys.sorted() == ["diagram.svg"])
    }
}
