import DossierTestSupport
import Foundation
import Testing

@Suite("dossier diff and check --baseline against real git repositories")
struct DiffCommandTests {
    @Test func diffJSONListsAddedRemovedChangedLinksAndFindings() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.git("tag", "v1")
        try repository.edit("threats/TH-1.md", replacing: "sends a dose command", with: "replays a dose command")
        try repository.edit("threats/TH-1.md", replacing: "stride: [spoofing, tampering]", with: "stride: [tampering]")
        try FileManager.default.removeItem(at: repository.content.appendingPathComponent("assets/AS-1.md"))
        try repository.edit("threats/TH-1.md", replacing: "assets: [AS-1]\n", with: "")
        try repository.write("threats/TH-2.md", """
            ---
            id: TH-2
            type: threat
            title: Pump pairing downgrade
            phases: [installation]
            treatment: avoid
            hazards: [HZ-1]
            ---
            Pairing falls back to an unauthenticated mode.
            """)
        try repository.commit("Revision B")
        let status = try repository.git("status", "--porcelain")

        let result = try repository.dossier(["diff", "--baseline", "v1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {
              "baseline": {
                "ref": "v1",
                "revision": null
              },
              "added": [
                "TH-2"
              ],
              "removed": [
                "AS-1"
              ],
              "changed": [
                {
                  "id": "TH-1",
                  "fields": [
                    "assets",
                    "stride"
                  ],
                  "body": true
                }
              ],
              "links_added": [
                {
                  "from": "TH-2",
                  "field": "hazards",
                  "to": "HZ-1"
                }
              ],
              "links_removed": [
                {
                  "from": "TH-1",
                  "field": "assets",
                  "to": "AS-1"
                }
              ],
              "findings_new": [
                {
                  "rule": "threat-without-asset",
                  "item": "TH-1",
                  "severity": "minor"
                },
                {
                  "rule": "threat-without-asset",
                  "item": "TH-2",
                  "severity": "minor"
                }
              ],
              "findings_resolved": []
            }

            """)
        #expect(try repository.git("status", "--porcelain") == status)
    }

    @Test func renamingOrMovingAFileIsNoChange() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.git("mv", "content/threats/TH-1.md", "content/threats/forged-dose-command.md")
        try repository.git("commit", "-q", "-m", "Rename")
        let result = try repository.dossier(["diff", "--baseline", "HEAD~1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"changed\": []"))
        #expect(result.stdout.contains("\"added\": []"))
        #expect(result.stdout.contains("\"removed\": []"))
    }

    @Test func suspectLinkIsSetByAChangedSourceAndClearedByEditingTheDerivedItem() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("threats/TH-1.md", replacing: "sends a dose command", with: "replays a dose command")
        try repository.commit("TH-1 rewritten")

        let suspect = try repository.dossier(["check", "--baseline", "HEAD~1"])
        #expect(suspect.status == 0)
        #expect(suspect.stderr.contains("content/security/SR-3.md:7: minor: [suspect-link] SR-3 links to TH-1"))
        #expect(suspect.stderr.components(separatedBy: "[suspect-link]").count - 1 == 8)

        let plain = try repository.dossier(["check"])
        #expect(!plain.stderr.contains("suspect-link"))

        for number in 1...8 {
            try repository.edit("security/SR-\(number).md", replacing: "status: draft", with: "status: draft")
            try repository.edit("security/SR-\(number).md", replacing: "to every dose command.",
                                with: "to every dose command, replayed ones included.")
        }
        let cleared = try repository.dossier(["check", "--baseline", "HEAD~1"])
        #expect(!cleared.stderr.contains("[suspect-link] SR-"))
        // The verification of the edited requirements is now the one to review.
        #expect(cleared.stderr.contains("[suspect-link] VER-1 links to SR-1"))
    }

    @Test func anEarlierCopyOfTheContentFolderIsABaseline() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        let copy = repository.root.appendingPathComponent("released")
        try FileManager.default.copyItem(at: repository.content, to: copy)
        try repository.edit("assets/AS-1.md", replacing: "title: Dose history", with: "title: Dose log")
        let result = try repository.dossier(["diff", "--baseline", "released", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"id\": \"AS-1\""))
        #expect(result.stdout.contains("\"title\""))
    }

    @Test func contentPathsWithSpacesAndNonASCIINamesAreRead() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.git("mv", "content/threats", "content/Bedrohungen für Pumpe")
        try repository.git("commit", "-q", "-m", "Folder renamed")
        try repository.edit("Bedrohungen für Pumpe/TH-1.md", replacing: "safety_impact: true", with: "safety_impact: yes\nrisk: high")
        let result = try repository.dossier(["diff", "--baseline", "HEAD", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Changes since HEAD: 0 added, 0 removed, 1 changed"))
        #expect(result.stdout.contains("TH-1: risk"))
    }

    @Test func markdownSummaryCountsFirst() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("assets/AS-1.md", replacing: "title: Dose history", with: "title: Dose log")
        let result = try repository.dossier(["diff", "--baseline", "HEAD", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("| 0 | 0 | 1 | 0 | 0 | 0 | 0 |"))
        #expect(result.stdout.contains("- `AS-1`: title"))
    }

    // MARK: Faults: one baseline-unreadable error, exit 2, nothing touched.

    private func expectUnreadable(_ result: (status: Int32, stdout: String, stderr: String), saying text: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(result.stderr.contains("error: [baseline-unreadable]"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.components(separatedBy: "error:").count == 2, sourceLocation: sourceLocation)
    }

    @Test func notAGitRepository() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["diff", "--baseline", "v1", "--content", fixture.path], in: fixture.root)
        expectUnreadable(result, saying: "is not in a git repository")
    }

    @Test func unknownRevision() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        let status = try repository.git("status", "--porcelain")
        expectUnreadable(try repository.dossier(["check", "--baseline", "v9.9"]), saying: "revision v9.9 is not known")
        #expect(try repository.git("status", "--porcelain") == status)
    }

    @Test func shallowCloneLackingTheRevision() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("assets/AS-1.md", replacing: "title: Dose history", with: "title: Dose log")
        try repository.commit("Revision B")
        let clone = repository.root.appendingPathComponent("clone")
        try repository.git("clone", "-q", "--depth", "1", "file://" + repository.root.path, clone.path)
        let result = try DossierBinary.run(["diff", "--baseline", "HEAD~1", "--content", clone.path + "/content"],
                                           in: clone)
        expectUnreadable(result, saying: "shallow clone")
        #expect(result.stderr.contains("fetch-depth: 0"))
    }

    @Test func contentFolderAbsentAtTheRevision() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.git("mv", "content", "design-inputs")
        try repository.git("commit", "-q", "-m", "Moved")
        try repository.git("mv", "design-inputs", "content")
        try repository.git("commit", "-q", "-m", "Moved back")
        expectUnreadable(try repository.dossier(["diff", "--baseline", "HEAD~1"]),
                         saying: "the content folder content does not exist at revision HEAD~1")
    }

    @Test func baselineWithInputErrorsIsOneError() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("assets/AS-1.md", replacing: "type: asset", with: "type: assett")
        try repository.edit("hazards/HZ-1.md", replacing: "severity: critical", with: "severity: dire")
        try repository.commit("Broken")
        try repository.edit("assets/AS-1.md", replacing: "type: assett", with: "type: asset")
        try repository.edit("hazards/HZ-1.md", replacing: "severity: dire", with: "severity: critical")
        try repository.commit("Fixed")
        expectUnreadable(try repository.dossier(["diff", "--baseline", "HEAD~1"]),
                         saying: "its content has 2 input errors, the first assets/AS-1.md:3: [unknown-type]")
    }

    @Test func gitMissingFromPATH() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        let binary = try #require(DossierBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["diff", "--baseline", "HEAD", "--content", repository.content.path]
        var environment = DossierBinary.environment
        environment["PATH"] = "/nonexistent"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        expectUnreadable((process.terminationStatus, "", text), saying: "`git` was not found on PATH")
    }

    @Test func diffWithoutBaselineIsUsage() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        #expect(try repository.dossier(["diff"]).status == 64)
    }
}

@Suite("check --baseline in the report formats")
struct BaselineReportTests {
    @Test func junitRunsSuspectLinkOnlyWithABaseline() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        let without = try repository.dossier(["check", "--format", "junit"])
        #expect(without.stdout.contains("<skipped message=\"not checked: compares revisions"))
        let with = try repository.dossier(["check", "--format", "junit", "--baseline", "HEAD"])
        #expect(!with.stdout.contains("compares revisions"))
    }
}
