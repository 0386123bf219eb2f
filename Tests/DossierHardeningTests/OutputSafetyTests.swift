import DossierTestSupport
import DossierWrite
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whatever fails around a build, the previous output survives and nothing
/// stray is left beside it.
@Suite struct OutputSafetyTests {
    @Test func aSecondBuildOfTheSameOutputStopsWithAClearMessage() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        let held = try OutputLock(for: output)
        let result = try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path])
        withExtendedLifetime(held) {}
        #expect(result.status == 2)
        #expect(result.stderr.contains("another `dossier build` is writing"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func theLockIsFreeAgainAfterABuild() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        _ = try OutputLock(for: output)
    }

    @Test func anOutputFolderThatCannotBeCreatedIsAClearError() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let blocker = try fixture.writeOutside("not-a-folder", "a file where a folder should be")
        let result = try DossierBinary.run(["build", "--content", fixture.path, "--output",
                                            blocker.appendingPathComponent("output").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error:"))
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "a file where a folder should be")
    }

    @Test func anInterruptedBuildLeavesThePreviousOutputAndNoTemporaryFolder() throws {
        let fixture = try ProjectFixture(files: LargeProject.files(threats: 500))
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        let before = try Self.tree(output)

        let process = try DossierBinary.start(["build", "--content", fixture.path, "--output", output.path])
        // Wait until the build is writing, so the interrupt hits the staging folder.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, Self.staging(beside: output).isEmpty { usleep(2_000) }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()

        #expect(process.terminationStatus == 130, "the build ended before the interrupt; make the project larger")
        #expect(try Self.tree(output) == before)
        #expect(Self.staging(beside: output).isEmpty, "left behind: \(Self.staging(beside: output))")
    }

    @Test func aBuildKilledBetweenItsTwoRenamesIsRepairedByTheNextBuild() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        // What a SIGKILL between "move old output aside" and "move new into place" leaves.
        let dead = fixture.root.appendingPathComponent(".output.previous-999999")
        try FileManager.default.moveItem(at: output, to: dead)
        try FileManager.default.createDirectory(at: fixture.root.appendingPathComponent(".output.building-999999"),
                                                withIntermediateDirectories: true)
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("dossier.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
            .filter { $0.contains(".building-") || $0.contains(".previous-") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    static func staging(beside output: URL) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return entries.filter { $0.hasPrefix(".output.building-") }
    }

    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                files[url.path] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
