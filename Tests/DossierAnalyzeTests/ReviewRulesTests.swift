import DossierModel
import DossierTestSupport
import Testing

/// `security-requirements-not-reviewed` and `review-roles-incomplete` (docs/rules.md).
@Suite("Reviews of the security requirements")
struct ReviewRulesTests {
    static let rules: [RuleID] = [.securityRequirementsNotReviewed, .reviewRolesIncomplete]

    /// The clean project with REV-1 replaced by `reviews` (path → front-matter lines after the title).
    static func findings(reviews: [String: String]) throws -> [Finding] {
        var files = CleanProject.files
        files["reviews/REV-1.md"] = nil
        for (path, lines) in reviews {
            let id = path.split(separator: "/").last!.dropLast(3)
            files[path] = "---\nid: \(id)\ntype: review\ntitle: Review \(id)\n\(lines)\n---\n"
        }
        return try DossierAnalyzeTests.findings(in: files).filter { rules.contains($0.rule) }
    }

    static let everyRole = """
        reviewers:
          - { name: A. Architect, role: architect }
          - { name: T. Tester, role: tester }
          - { name: S. Security, role: security }
          - { name: C. Clinician, role: clinical, independent: true }
        """

    @Test func securityRequirementsWithoutAnyReviewAreNotReviewed() throws {
        let found = try Self.findings(reviews: [:])
        #expect(found.map(\.brief) == ["dossier.yml:1: major: [security-requirements-not-reviewed] security-requirements"])
        #expect(found.first?.message == "no review approved the 8 security requirements (IEC 81001-5-1 §5.2.2; "
            + "ISO 13485 §7.3.3)")
    }

    @Test func aRejectionOrAReviewOfOtherTypesIsNoApproval() throws {
        let rejected = try Self.findings(reviews: ["reviews/REV-1.md": "date: 2026-05-04\noutcome: rejected\n"
            + Self.everyRole])
        #expect(rejected.map(\.rule) == [.securityRequirementsNotReviewed])
        #expect(rejected.first?.message.contains("the reviews recorded rejected them") == true)
        let otherScope = try Self.findings(reviews: ["reviews/REV-1.md": "date: 2026-05-04\noutcome: approved\n"
            + "scope: [threat, hazard]\n" + Self.everyRole])
        #expect(otherScope.map(\.rule) == [.securityRequirementsNotReviewed])
        let obsolete = try Self.findings(reviews: ["reviews/REV-1.md": "status: obsolete\ndate: 2026-05-04\n"
            + "outcome: approved\n" + Self.everyRole])
        #expect(obsolete.map(\.rule) == [.securityRequirementsNotReviewed])
    }

    @Test func anApprovalWithActionsThatNamesSecurityRequirementsIsAReview() throws {
        let found = try Self.findings(reviews: ["reviews/REV-1.md": "date: 2026-05-04\noutcome: approved-with-actions\n"
            + "scope: [threat, security-requirement]\nactions: Reword SR-3.\n" + Self.everyRole])
        #expect(found.isEmpty)
    }

    @Test func aProjectWithoutSecurityRequirementsNeedsNoReview() throws {
        let report = try ProjectFixture.check("-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(!report.findings.contains { $0.rule == .securityRequirementsNotReviewed })
    }

    @Test func theLatestApprovingReviewNamesEveryMissingRoleGroupInOneFinding() throws {
        let found = try Self.findings(reviews: ["reviews/REV-1.md": """
            date: 2026-05-04
            outcome: approved
            reviewers:
              - { name: S. Security, role: security }
              - { name: D. Developer, role: developer }
            """])
        #expect(found.map(\.brief) == ["reviews/REV-1.md:7: minor: [review-roles-incomplete] REV-1"])
        #expect(found.first?.message == "REV-1, the latest approving review of the security requirements, had no "
            + "tester, no clinical reviewer and no independent reviewer (IEC 81001-5-1 §5.2.2 (from IEC 62443-4-1 "
            + "SR-5); IEC 62304 §5.2.6)")
    }

    @Test func aDeveloperStandsForTheArchitectAndAnyIndependentReviewerCounts() throws {
        let found = try Self.findings(reviews: ["reviews/REV-1.md": """
            date: 2026-05-04
            outcome: approved
            reviewers:
              - { name: D. Developer, role: developer, independent: yes }
              - { name: T. Tester, role: tester }
              - { name: S. Security, role: security }
              - { name: C. Clinician, role: clinical }
            """])
        #expect(found.isEmpty)
    }

    @Test func onlyTheLatestApprovingReviewIsJudgedByDateThenPath() throws {
        let incomplete = "outcome: approved\nreviewers: [{ name: S. Security, role: security }]"
        // The older one is incomplete, the latest complete: nothing.
        #expect(try Self.findings(reviews: [
            "reviews/REV-1.md": "date: 2026-01-10\n" + incomplete,
            "reviews/REV-2.md": "date: 2026-05-04\noutcome: approved\n" + Self.everyRole,
        ]).isEmpty)
        // A later rejection does not count; the incomplete approval is the latest.
        #expect(try Self.findings(reviews: [
            "reviews/REV-1.md": "date: 2026-05-04\n" + incomplete,
            "reviews/REV-2.md": "date: 2026-06-01\noutcome: rejected\n" + Self.everyRole,
        ]).map(\.subject) == ["REV-1"])
        // Same day: the later file path wins.
        #expect(try Self.findings(reviews: [
            "reviews/a/REV-1.md": "date: 2026-05-04\noutcome: approved\n" + Self.everyRole,
            "reviews/b/REV-2.md": "date: 2026-05-04\n" + incomplete,
        ]).map(\.subject) == ["REV-2"])
    }
}
