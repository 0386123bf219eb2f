import DossierModel
import DossierPipeline
import DossierTestSupport
import DossierWrite
import Foundation
import Testing

/// A failed build loses nothing, and the output folder is replaced only when
/// dossier made it.
@Suite struct AtomicOutputTests {
    struct DiskFull: Error {}

    final class WriteCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count
        }
    }

    @Test func aWriteFailureMidBuildLeavesThePreviousOutputIntact() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let written = WriteCounter()
        let failing = OutputWriter { file, url in
            if written.next() == 5 { throw DiskFull() }
            try file.contents.write(to: url)
        }
        try build.fixture.write("threats/TH-2.md", "---\nid: TH-2\ntype: threat\ntitle: Changed\nphases: operation\n"
                                + "treatment: avoid\nassets: AS-1\n---\n")
        #expect(throws: BuildFailure.self) {
            try Pipeline(contentFolder: build.fixture.url, sourceDateEpoch: nil)
                .build(into: build.output, templates: nil, writer: failing)
        }
        #expect(try OutputTree.read(build.output) == build.files)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: build.fixture.root.path)
            .filter { $0.hasPrefix(".output.building-") || $0.hasPrefix(".output.previous-") }
        #expect(leftovers.isEmpty, "temporary folders left behind: \(leftovers)")
    }

    @Test func anInputErrorWritesNothing() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try build.fixture.write("threats/TH-9.md", "---\nid: TH-9\ntype: threat\ntitle: Broken\n---\n")
        let result = try DossierBinary.run(["build", "--content", build.fixture.url.path, "--output", build.output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("threats/TH-9.md:"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try OutputTree.read(build.output) == build.files)
    }

    @Test func aFolderDossierDidNotMakeIsNeverReplaced() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("thesis.txt"))
        let result = try DossierBinary.run(["build", "--content", fixture.url.path, "--output", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("was not made by `dossier build`"))
        #expect(try OutputTree.read(output) == ["thesis.txt": Data("keep me".utf8)])
    }

    /// Built into the content folder, the dossier's own Markdown would be
    /// read back as design inputs by every later check.
    @Test func anOutputInsideTheContentFolderIsRefused() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        for output in ["out", "../\(fixture.url.lastPathComponent)/out", "."] {
            let path = fixture.url.appendingPathComponent(output).path
            let result = try DossierBinary.run(["build", "--content", fixture.url.path, "--output", path])
            #expect(result.status == 2, "\(output)")
            #expect(result.stderr.contains("is inside the content folder"), "\(output): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.url.appendingPathComponent("out").path))
    }

    /// One built there before the refusal existed is not read as content.
    @Test func aDossierOutputInTheContentFolderIsNotContent() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try FileManager.default.moveItem(at: build.output, to: build.fixture.url.appendingPathComponent("old-output"))
        let result = try DossierBinary.run(["check", "--content", build.fixture.url.path, "--fail-on", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("old-output"))
    }

    @Test func aRebuildReplacesTheOutputAndDropsFilesOfRemovedItems() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try FileManager.default.removeItem(at: build.fixture.url.appendingPathComponent("threats/TH-2.md"))
        try DossierPipelineBuild.build(content: build.fixture.url, output: build.output)
        let rebuilt = try OutputTree.read(build.output)
        #expect(rebuilt["site/items/TH-2.html"] == nil)
        #expect(rebuilt["site/items/TH-1.html"] != nil)
    }
}
