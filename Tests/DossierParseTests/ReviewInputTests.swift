import DossierModel
import DossierTestSupport
import Testing

/// A review's reviewers and scope (docs/format.md, "Reviews"): what reads,
/// and what is `invalid-value` at its line.
@Suite("Review records")
struct ReviewInputTests {
    static func review(_ lines: String) -> String {
        "-- reviews/REV-1.md --\n---\nid: REV-1\ntype: review\ntitle: Review\ndate: 2026-05-04\noutcome: approved\n"
            + lines + "\n---\n"
    }

    @Test func reviewersAndScopeReadIntoTheRecord() throws {
        let parsed = try parse(Self.review("""
            reviewers:
              - { name: M. Keller, role: security }
              - name: S. Okafor
                role: clinical
                independent: yes
            scope: [security-requirement, hazard]
            revision: v2.4
            """))
        #expect(parsed.errors.map(\.brief) == [])
        let review = try #require(parsed.item("REV-1")?.review)
        #expect(review.reviewers == [Reviewer(name: "M. Keller", role: .security),
                                     Reviewer(name: "S. Okafor", role: .clinical, independent: true)])
        #expect(review.coveredTypes == [.securityRequirement, .hazard])
        #expect(review.revision == "v2.4")
        #expect(review.outcome == .approved && review.date == "2026-05-04")
    }

    @Test func aReviewWithoutAScopeCoversTheSecurityRequirements() throws {
        let parsed = try parse(Self.review("reviewers: { name: M. Keller, role: security }"))
        #expect(parsed.errors.map(\.brief) == [])
        #expect(parsed.item("REV-1")?.review?.coveredTypes == [.securityRequirement])
        #expect(parsed.item("REV-1")?.review?.reviewers.count == 1, "one mapping is a one-element list")
    }

    @Test(arguments: [
        ("  - { name: M. Keller }", "reviews/REV-1.md:8: invalid-value", "a reviewer without `role`"),
        ("  - { role: tester }", "reviews/REV-1.md:8: invalid-value", "a reviewer without `name`"),
        ("  - { name: M. Keller, role: auditor }", "reviews/REV-1.md:8: invalid-value", "one of: architect, developer"),
        ("  - { name: M. Keller, role: tester, independant: true }", "reviews/REV-1.md:8: invalid-value",
         "did you mean independent?"),
        ("  - { name: M. Keller, role: tester, independent: maybe }", "reviews/REV-1.md:8: invalid-value",
         "true or false"),
        ("  - M. Keller", "reviews/REV-1.md:8: invalid-value", "each reviewer with `name` (required)"),
    ])
    func aBadReviewerIsInvalidAtItsLine(reviewer: String, brief: String, message: String) throws {
        let errors = try ProjectFixture.inputErrors(project(Self.review("reviewers:\n" + reviewer)))
        #expect(errors.map(\.brief) == [brief])
        #expect(errors.first?.message.contains(message) == true, "\(errors.map(\.message))")
    }

    @Test func aScopeThatIsNoItemTypeIsInvalid() throws {
        let errors = try ProjectFixture.inputErrors(project(Self.review(
            "reviewers: [{ name: M. Keller, role: security }]\nscope: [security-requirements]")))
        #expect(errors.map(\.brief) == ["reviews/REV-1.md:8: invalid-value"])
        #expect(errors.first?.message.contains("did you mean security-requirement?") == true)
    }

    @Test func dateOutcomeAndReviewersAreRequired() throws {
        let errors = try ProjectFixture.inputErrors(project(
            "-- reviews/REV-1.md --\n---\nid: REV-1\ntype: review\ntitle: Review\n---\n"))
        #expect(errors.map(\.message).sorted() == [
            "review REV-1 has no `date`, which is required",
            "review REV-1 has no `outcome`, which is required; use one of: approved, approved-with-actions, rejected",
            "review REV-1 has no `reviewers`, which is required",
        ])
    }
}
