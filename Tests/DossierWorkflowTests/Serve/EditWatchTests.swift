@testable import DossierServe
import DossierTestSupport
import Foundation
import Testing

/// How the preview learns of edits: every edit reported by its path, with
/// folders made after the start and links handled.
@Suite struct EditWatchTests {
    /// Looks until `expected` has been reported, for at most five seconds.
    func changes(of watch: EditWatch, including expected: Set<String>) -> Set<String> {
        var seen = Set<String>()
        let deadline = Date().addingTimeInterval(5)
        while !expected.isSubset(of: seen), Date() < deadline {
            seen.formUnion(watch.changes())
            usleep(20_000)
        }
        return seen
    }

    @Test func editsAdditionsAndRemovalsAreReportedByPath() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let watch = EditWatch(root: fixture.path)
        #expect(watch.changes().isEmpty)

        try fixture.write("assets/AS-1.md", "---\nid: AS-1\ntype: asset\ntitle: Dose journal\n---\n")
        #expect(changes(of: watch, including: ["assets/AS-1.md"]).contains("assets/AS-1.md"))

        try fixture.write("assets/pump/logs/AS-8.md", "---\nid: AS-8\ntype: asset\ntitle: Pump log\n---\n")
        #expect(changes(of: watch, including: ["assets/pump/logs/AS-8.md"]).contains("assets/pump/logs/AS-8.md"))
        // The new folders are watched too.
        try fixture.write("assets/pump/logs/AS-9.md", "---\nid: AS-9\ntype: asset\ntitle: Pump trace\n---\n")
        #expect(changes(of: watch, including: ["assets/pump/logs/AS-9.md"]).contains("assets/pump/logs/AS-9.md"))

        try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("assets/AS-1.md"))
        #expect(changes(of: watch, including: ["assets/AS-1.md"]).contains("assets/AS-1.md"))
    }

    @Test func hiddenFilesAreNotEdits() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let watch = EditWatch(root: fixture.path)
        try fixture.write(".git/index", "x")
        try fixture.write("assets/.AS-1.md.swp", "x")
        try fixture.write("assets/AS-2.md", "---\nid: AS-2\ntype: asset\ntitle: Pump log\n---\n")
        let seen = changes(of: watch, including: ["assets/AS-2.md"])
        #expect(seen.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }.isEmpty, "\(seen)")
    }

    @Test func aLinkMadeAfterTheStartStillHasItsTargetsEditsSeen() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let watch = EditWatch(root: fixture.path)
        let target = fixture.url.appendingPathComponent("assets/AS-1.md")
        try FileManager.default.createSymbolicLink(at: fixture.url.appendingPathComponent("linked.md"),
                                                   withDestinationURL: target)
        #expect(changes(of: watch, including: ["linked.md"]).contains("linked.md"))
        // An edit of the target changes what the link reads: it is reported
        // under the link's path as well.
        usleep(20_000)
        try fixture.write("assets/AS-1.md", "---\nid: AS-1\ntype: asset\ntitle: Dose journal and more\n---\n")
        #expect(changes(of: watch, including: ["linked.md"]).contains("linked.md"))
    }
}
