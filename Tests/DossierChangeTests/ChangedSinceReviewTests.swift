import DossierChange
import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
import Testing

/// `changed-since-review`: the latest approving review's `revision` read as
/// `--baseline` reads one, and compared as `dossier diff` compares.
@Suite("changed-since-review against real git histories and folders")
struct ChangedSinceReviewTests {
    /// The clean project in git, tagged `reviewed`, with REV-1 then naming
    /// that tag as the revision it saw.
    static func reviewedRepository(revision: String = "reviewed") throws -> GitRepository {
        let repository = try GitRepository()
        try repository.git("tag", "reviewed")
        try repository.edit("reviews/REV-1.md", replacing: "outcome: approved\n",
                            with: "outcome: approved\nrevision: \(revision)\n")
        try repository.commit("REV-1 names the revision it saw")
        return repository
    }

    static func changedSinceReview(_ repository: GitRepository) -> [String] {
        let report = repository.fixture.check()
        #expect(report.errors.map(\.brief) == [])
        return report.findings.filter { $0.rule == .changedSinceReview }.map(\.brief)
    }

    static let newRequirement = """
        ---
        id: SR-9
        type: security-requirement
        title: Dose commands expire after 30 seconds
        phases: [operation]
        threats: [TH-1]
        acceptance_criteria: A command older than 30 s is rejected.
        ---
        The hub shall reject a dose command older than 30 seconds.
        """

    @Test func nothingChangedSinceTheReviewRaisesNothing() throws {
        let repository = try Self.reviewedRepository()
        defer { repository.remove() }
        #expect(Self.changedSinceReview(repository) == [])
    }

    @Test func aChangedAndAnAddedSecurityRequirementAreEachReportedAtTheItem() throws {
        let repository = try Self.reviewedRepository()
        defer { repository.remove() }
        try repository.edit("security/SR-3.md", replacing: "shall apply", with: "shall enforce")
        try repository.write("security/SR-9.md", Self.newRequirement)
        // A threat changed too, but the review's scope is the security requirements alone.
        try repository.edit("threats/TH-1.md", replacing: "sends a dose command", with: "replays a dose command")
        let report = repository.fixture.check()
        let found = report.findings.filter { $0.rule == .changedSinceReview }
        #expect(found.map(\.brief) == ["security/SR-3.md:1: major: [changed-since-review] SR-3",
                                       "security/SR-9.md:1: major: [changed-since-review] SR-9"])
        #expect(found.first?.message.contains("SR-3 changed (the body) since reviewed, the revision that REV-1") == true)
        #expect(found.last?.message.contains("SR-9 was added since reviewed") == true)
        // The very items `dossier diff` lists as added or changed, of the covered type.
        let diff = try #require(Pipeline(contentFolder: repository.content, sourceDateEpoch: nil, baseline: "reviewed")
            .check().changes?.changes)
        #expect(Set(diff.added + diff.changed.map(\.id)).filter { $0.hasPrefix("SR-") } == Set(found.map(\.subject)))
    }

    @Test func aReviewThatCoversThreatsReportsChangedThreats() throws {
        let repository = try Self.reviewedRepository()
        defer { repository.remove() }
        try repository.edit("reviews/REV-1.md", replacing: "outcome: approved\n",
                            with: "outcome: approved\nscope: [security-requirement, threat]\n")
        try repository.edit("threats/TH-1.md", replacing: "risk: high", with: "risk: critical")
        let found = Self.changedSinceReview(repository)
        #expect(found == ["threats/TH-1.md:1: major: [changed-since-review] TH-1"])
    }

    @Test func onlyTheLatestApprovingReviewIsComparedWith() throws {
        let repository = try Self.reviewedRepository()
        defer { repository.remove() }
        try repository.edit("security/SR-3.md", replacing: "shall apply", with: "shall enforce")
        try repository.commit("SR-3 reworded")
        try repository.git("tag", "re-reviewed")
        // A later review that saw the reworded SR-3 approves it …
        try repository.write("reviews/REV-2.md", """
            ---
            id: REV-2
            type: review
            title: Review of SR-3
            date: 2026-06-01
            outcome: approved
            reviewers: [{ name: S. Security, role: security }]
            revision: re-reviewed
            ---
            """)
        #expect(Self.changedSinceReview(repository) == [])
        // … a later one that rejected is no approval, so REV-2 still stands.
        try repository.write("reviews/REV-3.md", """
            ---
            id: REV-3
            type: review
            title: Second look
            date: 2026-07-01
            outcome: rejected
            reviewers: [{ name: S. Security, role: security }]
            revision: reviewed
            ---
            """)
        #expect(Self.changedSinceReview(repository) == [])
        // Without REV-2, REV-1 is the latest approving review again.
        try FileManager.default.removeItem(at: repository.content.appendingPathComponent("reviews/REV-2.md"))
        #expect(Self.changedSinceReview(repository) == ["security/SR-3.md:1: major: [changed-since-review] SR-3"])
    }

    @Test func aReviewWithoutARevisionComparesNothing() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        try repository.edit("security/SR-3.md", replacing: "shall apply", with: "shall enforce")
        #expect(Self.changedSinceReview(repository) == [])
    }

    @Test func anUnreadableRevisionIsBaselineUnreadableAtTheReviewsRevisionLine() throws {
        let repository = try Self.reviewedRepository(revision: "no-such-tag")
        defer { repository.remove() }
        let errors = repository.fixture.check().errors
        #expect(errors.map(\.brief) == ["reviews/REV-1.md:7: baseline-unreadable"])
        #expect(errors.first?.message.contains("the revision no-such-tag cannot be read") == true)
        let run = try repository.dossier(["check"])
        #expect(run.status == 2)
    }

    @Test func aFolderRevisionIsRelativeToTheContentFolder() throws {
        let repository = try GitRepository()
        defer { repository.remove() }
        // The content as the reviewers saw it, kept beside the content folder.
        let copy = repository.root.appendingPathComponent("reviewed-copy")
        try FileManager.default.copyItem(at: repository.content, to: copy)
        try repository.edit("reviews/REV-1.md", replacing: "outcome: approved\n",
                            with: "outcome: approved\nrevision: ../reviewed-copy\n")
        #expect(Self.changedSinceReview(repository) == [])
        try repository.write("security/SR-9.md", Self.newRequirement)
        #expect(Self.changedSinceReview(repository) == ["security/SR-9.md:1: major: [changed-since-review] SR-9"])
    }
}
