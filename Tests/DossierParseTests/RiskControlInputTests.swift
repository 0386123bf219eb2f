import DossierModel
import DossierTestSupport
import Testing

/// Bad labeling and verification input: file:line and the allowed values,
/// nothing written (docs/format.md, "labeling", "verification").
@Suite struct RiskControlInputTests {
    @Test func labelingWithoutKindIsMissingFieldNamingTheKinds() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- labeling/LB-1.md --
            ---
            id: LB-1
            type: labeling
            title: Wipe the hub before disposal
            ---
            """))
        #expect(result.map(\.brief) == ["labeling/LB-1.md:1: missing-field"])
        #expect(result.first?.message == "labeling LB-1 has no `kind`, which is required; use one of: "
            + "security-configuration, update-procedure, decommissioning, end-of-support, residual-risk, "
            + "incident-response, backup-restore, other")
    }

    @Test func emptyLabelingKindIsMissingAtItsLine() throws {
        let result = try errors(in: """
            -- labeling/LB-1.md --
            ---
            id: LB-1
            type: labeling
            title: Wipe the hub before disposal
            kind:
            ---
            """)
        #expect(result == ["labeling/LB-1.md:5: missing-field"])
    }

    @Test(arguments: [("labeling", "kind: disposal"), ("verification", "kind: pentest\nverifies: [REQ-1]")])
    func kindOutsideItsListIsInvalidValueWithTheAllowedValues(type: String, lines: String) throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- x/X-1.md --
            ---
            id: X-1
            type: \(type)
            title: Something
            \(lines)
            ---
            -- requirements/REQ-1.md --
            ---
            id: REQ-1
            type: requirement
            title: The hub receives dose commands
            ---
            """))
        #expect(result.map(\.brief) == ["x/X-1.md:5: invalid-value"])
        #expect(result.first?.message.contains(type == "labeling" ? "end-of-support" : "penetration") == true)
    }

    @Test func verificationOfNothingIsMissingField() throws {
        let result = try ProjectFixture.inputErrors(project("""
            -- verification/VER-1.md --
            ---
            id: VER-1
            type: verification
            title: Penetration test
            kind: penetration
            verifies: []
            ---
            """))
        // The empty list is the place to fill in (`dossier new` writes one).
        #expect(result.map(\.brief) == ["verification/VER-1.md:6: missing-field"])
        #expect(result.first?.message.contains("`verifies` or `threats`") == true)
    }

    @Test func verificationThatOnlyAttacksAThreatIsValid() throws {
        let parsed = try parse("""
            -- verification/VER-1.md --
            ---
            id: VER-1
            type: verification
            title: Penetration test
            kind: penetration
            threats: [TH-1]
            ---
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            ---
            """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.item("VER-1")?.verification?.kind == .penetration)
        #expect(parsed.item("VER-1")?.links.map(\.field) == [.threats])
    }

    @Test func labelingAndAcceptanceCriteriaAreRead() throws {
        let parsed = try parse("""
            -- labeling/LB-1.md --
            ---
            id: LB-1
            type: labeling
            title: Wipe the hub before disposal
            kind: decommissioning
            document: IFU §11
            requirements: [SR-1]
            ---
            -- security/SR-1.md --
            ---
            id: SR-1
            type: security-requirement
            title: Factory reset crypto-erases keys
            phases: [operation]
            acceptance_criteria: "  "
            hazards: [HZ-1]
            ---
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            ---
            """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.item("LB-1")?.labeling?.kind == .decommissioning)
        #expect(parsed.item("LB-1")?.labeling?.document == "IFU §11")
        // White space only says nothing: the rule that asks for it will report it.
        #expect(parsed.item("SR-1")?.securityRequirement?.acceptanceCriteria == nil)
        #expect(parsed.item("SR-1")?.links.map(\.field) == [.hazards])
    }
}
