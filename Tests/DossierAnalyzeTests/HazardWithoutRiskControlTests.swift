import DossierModel
import DossierTestSupport
import Testing

@Suite struct HazardWithoutRiskControlTests {
    /// HZ-2, caused by an accepted threat so that no other rule speaks.
    static func hazard(status: String = "draft") -> String {
        """
        -- hazards/HZ-2.md --
        ---
        id: HZ-2
        type: hazard
        title: Missed bolus
        status: \(status)
        ---
        -- threats/TH-2.md --
        ---
        id: TH-2
        type: threat
        title: Jamming of the pump link
        phases: [operation]
        assets: [AS-1]
        treatment: accept
        rationale: The pump alarms after two missed commands.
        hazards: [HZ-2]
        ---

        """
    }

    static func control(type: String, status: String = "draft") -> String {
        """
        -- controls/C-2.md --
        ---
        id: C-2
        type: \(type)
        title: The pump alarms after two missed dose commands
        status: \(status)
        phases: [operation]
        \(type == "security-requirement" ? "threats: [TH-1]\nacceptance_criteria: The alarm sounds." : "")
        hazards: [HZ-2]
        ---

        """
    }

    @Test func hazardThatAThreatCausesAndNoRequirementControlsIsReported() throws {
        let found = try findings(adding: Self.hazard())
        #expect(found.map(\.brief) == ["hazards/HZ-2.md:1: major: [hazard-without-risk-control] HZ-2"])
        #expect(found.first?.message.contains("TH-2") == true)
        #expect(found.first?.message.contains("ISO 14971 §7.1") == true)
    }

    @Test(arguments: ["requirement", "security-requirement"])
    func aRequirementOrSecurityRequirementLinkingTheHazardControlsIt(type: String) throws {
        let found = try findings(adding: Self.hazard() + Self.control(type: type), verified: ["C-2"])
        #expect(found.map(\.brief) == [])
    }

    @Test func anObsoleteControlControlsNothing() throws {
        let found = try findings(adding: Self.hazard() + Self.control(type: "requirement", status: "obsolete"))
        #expect(found.map(\.brief).contains("hazards/HZ-2.md:1: major: [hazard-without-risk-control] HZ-2"))
    }

    @Test func hazardNoThreatCausesNeedsNoSecurityControl() throws {
        let found = try findings(adding: """
            -- hazards/HZ-2.md --
            ---
            id: HZ-2
            type: hazard
            title: Missed bolus
            ---
            """)
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteHazardRaisesNothing() throws {
        let found = try findings(adding: Self.hazard(status: "obsolete"))
        #expect(!found.map(\.rule).contains(.hazardWithoutRiskControl))
    }
}
