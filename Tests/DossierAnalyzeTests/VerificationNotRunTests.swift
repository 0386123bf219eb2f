import DossierModel
import DossierTestSupport
import Testing

@Suite struct VerificationNotRunTests {
    static func verification(result: String? = nil, links: String = "verifies: [SR-1, REQ-1]") -> String {
        """
        -- verification/VER-2.md --
        ---
        id: VER-2
        type: verification
        title: Session time-out test
        method: test
        \(result.map { "result: \($0)" } ?? "")
        \(links)
        ---

        """
    }

    static func released(_ text: String, rules: String = "") -> [String: String] {
        CleanProject.with(text).merging(ProjectFixture.files(in: """
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration.replacingOccurrences(
                of: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n  status: released"))
            \(rules)
            """)) { $1 }
    }

    @Test func aVerificationThatHasNotRunIsMinorWhileTheDocumentIsInWork() throws {
        let found = try findings(adding: Self.verification())
        #expect(found.map(\.brief) == ["verification/VER-2.md:1: minor: [verification-not-run] VER-2"])
        let message = try #require(found.first?.message)
        #expect(message.contains("no `result` (not-run), so REQ-1, SR-1 are not shown to be met"))
        #expect(message.contains("ISO 13485 §7.3.6; IEC 62304 §5.7.4"))
        let written = try findings(adding: Self.verification(result: "not-run"))
        #expect(written.map(\.brief) == ["verification/VER-2.md:6: minor: [verification-not-run] VER-2"])
    }

    @Test func inAReleasedDocumentItIsMajor() throws {
        let found = try findings(in: Self.released(Self.verification())).filter { $0.rule == .verificationNotRun }
        #expect(found.map(\.severity) == [.major])
        #expect(found.first?.message.contains("in a released document") == true)
    }

    @Test func aRulesEntrySetsBothCasesToItsSeverity() throws {
        let found = try findings(in: Self.released(Self.verification(), rules: "rules:\n  verification-not-run: minor"))
        #expect(found.filter { $0.rule == .verificationNotRun }.map(\.severity) == [.minor])
    }

    /// An attack that has not run leaves no requirement unshown: its threat's
    /// rules say what is missing.
    @Test func aVerificationThatRanOrVerifiesNoRequirementRaisesNothing() throws {
        #expect(try findings(adding: Self.verification(result: "pass")).map(\.brief) == [])
        let attack = Self.verification(links: "threats: [TH-1]\nkind: penetration")
        #expect(try findings(adding: attack).map(\.brief) == [])
    }
}
