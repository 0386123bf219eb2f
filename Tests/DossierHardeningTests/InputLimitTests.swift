import DossierLoad
import DossierTestSupport
import Foundation
import Testing

/// Limits that keep hostile or runaway input from exhausting the machine,
/// each with an error that names the file and the limit.
@Suite struct InputLimitTests {
    @Test func aFileOverTheSizeLimitSetOnTheCommandLineIsRefused() throws {
        var files = CleanProject.files
        files["hazards/HZ-1.md"]! += String(repeating: "Too much insulin is delivered. ", count: 40_000)
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["check", "--content", fixture.path, "--max-file-size", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("hazards/HZ-1.md:1: error: [unreadable-file]"))
        #expect(result.stderr.contains("limit of 1 MiB"))
        #expect(try DossierBinary.run(["check", "--content", fixture.path, "--max-file-size", "2"]).status == 0)
    }

    @Test func aFolderWithMoreItemsThanTheLimitIsRefusedWithoutReadingThem() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["check", "--content", fixture.path, "--max-items", "5"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than the limit of 5 (--max-items)"))
    }

    @Test func aLimitOutOfRangeIsWrongUsage() throws {
        #expect(try DossierBinary.run(["check", "--max-file-size", "0"]).status == 64)
        #expect(try DossierBinary.run(["build", "--max-items", "-3"]).status == 64)
    }

    @Test func absoluteAndClimbingEvidencePathsAreShownAsTextNeverAsLinks() throws {
        var files = CleanProject.files
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs)
            .replacingOccurrences(of: "result: pass", with: "result: pass\nevidence: /etc/shadow")
        files["verification/VER-2.md"] = """
            ---
            id: VER-2
            type: verification
            title: Share evidence
            result: pass
            evidence: ../../../../etc/passwd
            verifies: REQ-1
            ---
            """
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        #expect(try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path]).status == 0)
        for name in ["VER-1", "VER-2"] {
            let page = try String(contentsOf: output.appendingPathComponent("site/items/\(name).html"), encoding: .utf8)
            #expect(!page.contains("href=\"/etc"))
            #expect(!page.contains("href=\"../../"))
            #expect(!page.contains("file:"))
        }
        let single = try String(contentsOf: output.appendingPathComponent("dossier.html"), encoding: .utf8)
        #expect(single.contains("<td>/etc/shadow</td>"))
    }
}
