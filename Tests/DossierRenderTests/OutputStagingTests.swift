import DossierModel
import DossierTestSupport
import DossierWrite
import Foundation
import Testing

/// Files reach the staging folder as they are rendered, from any thread;
/// the output changes only on `commit`.
@Suite struct OutputStagingTests {
    let previous = [OutputFile(path: "site/index.html", text: "old")]

    func scratch() throws -> (fixture: ProjectFixture, output: URL) {
        let fixture = try ProjectFixture(files: [:])
        return (fixture, fixture.root.appendingPathComponent("output"))
    }

    func leftovers(beside output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".output.") && !$0.hasSuffix(".lock") }
    }

    @Test func filesAddedFromSeveralThreadsAllArriveOnCommit() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        let staging = try OutputWriter().begin(output)
        DispatchQueue.concurrentPerform(iterations: 8) { batch in
            let files = (0..<50).map { OutputFile(path: "site/part\(batch % 3)/page-\(batch)-\($0).html", text: "\(batch).\($0)") }
            try! staging.add(files)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is visible before commit")
        try staging.commit()
        let tree = try OutputTree.read(output)
        #expect(tree.count == 8 * 50 + 1)
        #expect(tree["site/part1/page-4-49.html"] == Data("4.49".utf8))
        #expect(tree[OutputWriter.markerName] != nil)
        #expect(staging.fileCount == 400)
        #expect(try leftovers(beside: output).isEmpty)
    }

    @Test func aStagingFolderNeverCommittedIsRemovedAndThePreviousOutputStays() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        try OutputWriter().write(previous, to: output)
        let before = try OutputTree.read(output)
        do {
            let staging = try OutputWriter().begin(output)
            try staging.add([OutputFile(path: "site/index.html", text: "new"), OutputFile(path: "dossier.md", text: "#")])
            #expect(try leftovers(beside: output).count == 1)
        }
        #expect(try OutputTree.read(output) == before)
        #expect(try leftovers(beside: output).isEmpty)
    }

    @Test func aFailedAddDiscardsEverythingWrittenSoFar() throws {
        struct DiskFull: Error {}
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        try OutputWriter().write(previous, to: output)
        let failing = OutputWriter { file, url in
            if url.lastPathComponent == "b.html" { throw DiskFull() }
            try OutputWriter.writeWithoutSync(file, to: url)
        }
        let staging = try failing.begin(output)
        try staging.add([OutputFile(path: "site/a.html", text: "a")])
        #expect(throws: OutputWriter.Failure.self) { try staging.add([OutputFile(path: "site/b.html", text: "b")]) }
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }
}
