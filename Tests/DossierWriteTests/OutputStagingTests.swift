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

    struct DiskFull: Error {}

    /// A scratch output that already holds `previous`, and a writer that
    /// fails on the file with the given name.
    func previousOutput(writerFailingAt name: String) throws -> (fixture: ProjectFixture, output: URL,
                                                                writer: OutputWriter) {
        let (fixture, output) = try scratch()
        try OutputWriter().write(previous, to: output)
        let failing = OutputWriter { file, url in
            if url.lastPathComponent == name { throw DiskFull() }
            try OutputWriter.writeWithoutSync(file, to: url)
        }
        return (fixture, output, failing)
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
        let (fixture, output, failing) = try previousOutput(writerFailingAt: "b.html")
        defer { fixture.remove() }
        let staging = try failing.begin(output)
        try staging.add([OutputFile(path: "site/a.html", text: "a")])
        #expect(throws: OutputWriter.Failure.self) { try staging.add([OutputFile(path: "site/b.html", text: "b")]) }
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }

    @Test func batchesWrittenInTheBackgroundAllArriveByFinish() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        let staging = try OutputWriter().begin(output)
        let background = BackgroundStaging(staging)
        DispatchQueue.concurrentPerform(iterations: 6) { batch in
            try! background.add((0..<40).map { OutputFile(path: "site/items/P-\(batch)-\($0).html", text: "\(batch)/\($0)") })
        }
        try background.finish()
        #expect(staging.fileCount == 240)
        try staging.commit()
        let tree = try OutputTree.read(output)
        #expect(tree.count == 241)
        #expect(tree["site/items/P-5-39.html"] == Data("5/39".utf8))
    }

    @Test func aBackgroundWriteFailureIsThrownByFinishAndLeavesThePreviousOutput() throws {
        let (fixture, output, failing) = try previousOutput(writerFailingAt: "P-7.html")
        defer { fixture.remove() }
        let background = BackgroundStaging(try failing.begin(output))
        var added = 0
        do {
            for page in 0..<20 {
                try background.add([OutputFile(path: "site/P-\(page).html", text: "new")])
                added += 1
            }
        } catch {}
        #expect(throws: OutputWriter.Failure.self) { try background.finish() }
        #expect(added >= 8, "the batches before the failure were accepted")
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }

    @Test func aFileWrittenInPartsIsStagedAsItComesAndAppearsWholeOnCommit() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        let staging = try OutputWriter().begin(output)
        let staged = staging.url.appendingPathComponent("dossier.html")
        try staging.write("dossier.html") { append in
            for part in 0..<100 {
                try append("<p>\(part)</p>\n")
                if part == 49 {
                    #expect(try String(contentsOf: staged, encoding: .utf8).hasSuffix("<p>49</p>\n"),
                            "each part is on disk once appended, not held")
                }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is visible before commit")
        try staging.commit()
        let tree = try OutputTree.read(output)
        #expect(tree["dossier.html"] == Data((0..<100).map { "<p>\($0)</p>\n" }.joined().utf8))
        #expect(staging.fileCount == 1)
        #expect(try leftovers(beside: output).isEmpty)
    }

    @Test func aFailedPartDiscardsEverythingWrittenSoFar() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        try OutputWriter().write(previous, to: output)
        let failing = OutputWriter(appendPart: { part, descriptor in
            if part.contents == Data("third".utf8) { throw DiskFull() }
            try OutputWriter.append(part, to: descriptor)
        })
        let staging = try failing.begin(output)
        try staging.add([OutputFile(path: "site/index.html", text: "new")])
        var appended: [String] = []
        #expect(throws: OutputWriter.Failure.self) {
            try staging.write("dossier.md") { append in
                for part in ["first", "second", "third", "fourth"] {
                    try append(part)
                    appended.append(part)
                }
            }
        }
        #expect(appended == ["first", "second"], "the failure stops the document")
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
        #expect(try OutputTree.read(output)["dossier.md"] == nil)
    }

    /// A renderer's own failure mid-document leaves no half-written file.
    @Test func aDocumentWhoseRenderingFailsIsNotWritten() throws {
        let (fixture, output) = try scratch()
        defer { fixture.remove() }
        try OutputWriter().write(previous, to: output)
        let staging = try OutputWriter().begin(output)
        #expect(throws: OutputWriter.Failure.self) {
            try staging.write("dossier.md") { append in
                try append("# Half")
                throw DiskFull()
            }
        }
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["dossier.md"] == nil)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }

    /// A file started after another file's failure discarded the folder,
    /// in parts or whole, is not written, and makes no folder again: one in a
    /// folder of its own would make the whole staging folder anew.
    @Test func aFileStartedAfterAFailureLeavesNothingBehind() throws {
        let (fixture, output, failing) = try previousOutput(writerFailingAt: "b.html")
        defer { fixture.remove() }
        let staging = try failing.begin(output)
        #expect(throws: OutputWriter.Failure.self) { try staging.add([OutputFile(path: "site/b.html", text: "b")]) }
        #expect(throws: OutputWriter.Failure.self) {
            try staging.write("site/phases/late.html") { append in try append("late") }
        }
        #expect(throws: OutputWriter.Failure.self) {
            try staging.add([OutputFile(path: "site/items/late.html", text: "late")])
        }
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }

    /// Another file failing while a document is written in parts stops the
    /// document at its next part, with the first failure.
    @Test func aDocumentStopsWhenAnotherFileFails() throws {
        let (fixture, output, failing) = try previousOutput(writerFailingAt: "b.html")
        defer { fixture.remove() }
        let background = BackgroundStaging(try failing.begin(output))
        var firstFailure: OutputWriter.Failure?
        var secondFailure: OutputWriter.Failure?
        do {
            try background.write("dossier.html") { append in
                try append("<p>before</p>")
                do {
                    try background.add([OutputFile(path: "site/b.html", text: "b")])
                    try background.finish()
                } catch {
                    firstFailure = error as? OutputWriter.Failure
                }
                try append("<p>after</p>")
            }
        } catch {
            secondFailure = error as? OutputWriter.Failure
        }
        #expect(firstFailure != nil)
        #expect(secondFailure == firstFailure, "the document reports the failure that stopped it")
        #expect(try leftovers(beside: output).isEmpty)
        #expect(try OutputTree.read(output)["site/index.html"] == Data("old".utf8))
    }
}
