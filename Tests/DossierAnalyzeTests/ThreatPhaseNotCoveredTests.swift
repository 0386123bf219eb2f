import DossierModel
import DossierTestSupport
import Testing

@Suite struct ThreatPhaseNotCoveredTests {
    static let threat = """
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Replayed dose command
        phases: [installation, operation, maintenance]
        assets: [AS-1]
        risk: medium
        residual_risk: low
        ---

        """

    static func requirement(_ id: String, phases: String, status: String = "draft") -> String {
        """
        -- security/\(id).md --
        ---
        id: \(id)
        type: security-requirement
        title: Dose commands carry a nonce
        status: \(status)
        phases: [\(phases)]
        threats: [TH-2]
        acceptance_criteria: A replayed dose command is rejected.
        ---

        """
    }

    @Test func phaseOfTheThreatThatNoRequirementCoversIsReportedAtThePhasesLine() throws {
        let found = try findings(adding: Self.threat + Self.requirement("SR-9", phases: "installation, operation"),
                                 verified: ["SR-9"])
        #expect(found.map(\.brief) == ["threats/TH-2.md:5: major: [threat-phase-not-covered] TH-2"])
        #expect(found.first?.message.contains("maintenance") == true)
        #expect(found.first?.message.contains("SR-9") == true)
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.2.1") == true)
    }

    @Test func eachUncoveredPhaseIsItsOwnFinding() throws {
        let found = try findings(adding: Self.threat + Self.requirement("SR-9", phases: "operation"),
                                 verified: ["SR-9"])
        #expect(found.map(\.brief) == [
            "threats/TH-2.md:5: major: [threat-phase-not-covered] TH-2",
            "threats/TH-2.md:5: major: [threat-phase-not-covered] TH-2",
        ])
        #expect(found.map { $0.message.contains("installation") } == [true, false])
        #expect(found.map { $0.message.contains("maintenance") } == [false, true])
        #expect(found.first?.fullMessage.contains("add an installation requirement") == true, "\(found.map(\.fullMessage))")
        #expect(found.last?.fullMessage.contains("add a maintenance requirement") == true)
    }

    @Test func requirementsTogetherCoverEveryPhase() throws {
        let found = try findings(adding: Self.threat + Self.requirement("SR-9", phases: "installation")
                                    + Self.requirement("SR-10", phases: "operation, maintenance"),
                                 verified: ["SR-9", "SR-10"])
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteRequirementCoversNoPhase() throws {
        let found = try findings(adding: Self.threat + Self.requirement("SR-9", phases: "installation, operation")
                                    + Self.requirement("SR-10", phases: "maintenance", status: "obsolete"),
                                 verified: ["SR-9"])
        #expect(found.map(\.brief) == ["threats/TH-2.md:5: major: [threat-phase-not-covered] TH-2"])
    }

    @Test func acceptedThreatNeedsNoCoverageInItsPhases() throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [installation, operation, maintenance]
            assets: [AS-1]
            treatment: accept
            rationale: The pump rejects a second command within 15 minutes.
            risk: medium
            residual_risk: low
            ---
            """ + "\n" + Self.requirement("SR-9", phases: "operation"), verified: ["SR-9"])
        #expect(found.map(\.brief) == [])
    }
}
