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
        // `yes` is `true` as parsed: only the title changed.
        try repository.edit("Bedrohungen für Pumpe/TH-1.md", replacing: "safety_impact: true", with: "safety_impact: yes")
        try repository.edit("Bedrohungen für Pumpe/TH-1.md", replacing: "title: Forged dose command",
                            with: "title: Forged dose command over Wi-Fi")
        let result = try repository.dossier(["diff", "--baseline", "HEAD", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Changes since HEAD: 0 added, 0 removed, 1 changed"))
        #expect(result.stdout.contains("  TH-1: title\n"))
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
        let run = try DossierBinary.run(["diff", "--baseline", "HEAD", "--content", repository.content.path],
                                        environment: ["PATH": "/nonexistent"])
        expectUnreadable(run, saying: "`git` was not found on PATH")
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

@Suite("build --baseline")
struct BuildBaselineTests {
    @Test func everyOutputHasTheChangesChapterAndMarks() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("dossier.yml", replacing: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n  revision: B")
        try repository.commit("Revision B")
        try repository.edit("threats/TH-1.md", replacing: "sends a dose command", with: "replays a dose command")
        // The build's own output is not part of the repository.
        try "output/\n".write(to: repository.root.appendingPathComponent(".git/info/exclude"), atomically: true, encoding: .utf8)
        let status = try repository.git("status", "--porcelain")
        let result = try DossierBinary.run(["build", "--baseline", "HEAD", "--content", repository.content.path,
                                            "--output", repository.root.appendingPathComponent("output").path],
                                           in: repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        let output = repository.root.appendingPathComponent("output")
        func text(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        #expect(try text("dossier.html").contains(#"<h2 class="chapter" id="chapter-changes">Changes since revision B</h2>"#))
        #expect(try text("dossier.html").contains(#"Forged dose command <span class="badge changed">changed</span></h4>"#))
        #expect(try text("dossier.md").contains("## Changes since revision B"))
        #expect(try text("dossier.md").contains("#### TH-1 Forged dose command (changed since the baseline)"))
        #expect(try text("site/index.html").contains("<h2>Changes since revision B</h2>"))
        // The two single files list the chapters in one order, changes included.
        let chapters = try text("dossier.html").matches(of: #/<h2 class="chapter" id="[a-z-]+">([^<]+)</h2>/#).map { String($0.1) }
        let headings = try text("dossier.md").split(separator: "\n").filter { $0.hasPrefix("## ") && $0 != "## Document control" }
            .map { String($0.dropFirst(3)) }
        #expect(headings == chapters)
        #expect(try text("site/items/TH-1.html").contains("changed since the baseline"))
        #expect(try text("site/phases/operation.html").contains(#"<span class="badge changed">changed</span>"#))
        #expect(try text("dossier.json").contains(#""changed": ["#))
        // The suspect links of the unchanged requirements are findings of the build too.
        #expect(try text("dossier.json").contains(#""rule": "suspect-link""#))
        #expect(try repository.git("status", "--porcelain") == status)
    }

    @Test func anUnreadableBaselineWritesNothing() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        let output = repository.root.appendingPathComponent("output")
        let result = try DossierBinary.run(["build", "--baseline", "v404", "--content", repository.content.path,
                                            "--output", output.path], in: repository.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("[baseline-unreadable]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func historyAndDispositionsAreInEveryOutput() throws {
        var files = CleanProject.files
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs.filter { $0 != "SR-8" })
        files["dossier.yml"] = ProjectFixture.minimalConfiguration.replacingOccurrences(of: "  id: DI-TEST-001", with: """
              id: DI-TEST-001
              revision: A
              history:
                - { revision: A, date: 2026-03-02, summary: First release for design review 1 }
            """) + "\n" + DispositionTests.disposition + "\n"
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        let result = try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        func text(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        for path in ["dossier.html", "site/index.html"] {
            #expect(try text(path).contains("<tr><td>A</td><td>2026-03-02</td><td>First release for design review 1</td></tr>"), "\(path)")
        }
        #expect(try text("dossier.md").contains("| A | 2026-03-02 | First release for design review 1 |"))
        #expect(try text("dossier.json").contains(#""summary": "First release for design review 1""#))
        #expect(try text("dossier.html").contains("0 major, 0 minor open; 1 dispositioned"))
        #expect(try text("dossier.md").contains("0 major, 0 minor open; 1 dispositioned"))
        #expect(try text("site/index.html").contains("<h3>Dispositioned</h3>"))
        #expect(try text("site/findings.html").contains(
            #"<span class="badge dispositioned">dispositioned</span> Verified by the system test of release 2.5"#))
        #expect(try text("dossier.md").contains("**Dispositioned:** Verified by the system test"))
        #expect(try text("dossier.json").contains(#""approved_by": "J. Lindqvist""#))
        #expect(try text("dossier.json").contains(#""dispositioned": 1"#))
    }
}
