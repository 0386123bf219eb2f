import DossierModel
import DossierTestSupport
import Testing

@Suite struct UnverifiedRequirementTests {
    static let requirement = """
        -- requirements/REQ-2.md --
        ---
        id: REQ-2
        type: requirement
        title: The app shows the last ten doses
        ---

        """

    @Test func requirementThatNoVerificationVerifiesIsUnverified() throws {
        let found = try findings(adding: Self.requirement)
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:1: minor: [unverified-requirement] REQ-2"])
        #expect(found.first?.message.contains("IEC 62304 §5.2.6") == true)
    }

    @Test func securityRequirementThatNoVerificationVerifiesIsUnverified() throws {
        var files = CleanProject.files
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs.filter { $0 != "SR-8" })
        let found = try findings(in: files)
        #expect(found.map(\.brief) == ["security/SR-8.md:1: minor: [unverified-requirement] SR-8"])
    }

    @Test func requirementVerifiedOnlyByAnObsoleteVerificationIsUnverified() throws {
        let found = try findings(adding: Self.requirement + """
            -- verification/VER-2.md --
            ---
            id: VER-2
            type: verification
            title: Inspection of the history screen
            status: obsolete
            verifies: [REQ-2]
            ---
            """)
        #expect(found.map(\.brief) == ["requirements/REQ-2.md:1: minor: [unverified-requirement] REQ-2"])
    }

    @Test func verificationThatHasNotRunStillVerifies() throws {
        let found = try findings(adding: Self.requirement + """
            -- verification/VER-2.md --
            ---
            id: VER-2
            type: verification
            title: Inspection of the history screen
            result: not-run
            verifies: [REQ-2]
            ---
            """)
        // Verified, though not yet shown to be met: a finding of its own.
        #expect(found.map(\.rule) == [.verificationNotRun])
    }

    @Test func obsoleteRequirementNeedsNoVerification() throws {
        let found = try findings(adding: """
            -- requirements/REQ-2.md --
            ---
            id: REQ-2
            type: requirement
            title: The app shows the last ten doses
            status: obsolete
            ---
            """)
        #expect(found.map(\.brief) == [])
    }
}
