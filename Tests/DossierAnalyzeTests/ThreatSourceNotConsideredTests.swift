import DossierModel
import DossierTestSupport
import Testing

/// `threat-source-not-considered` (docs/rules.md).
@Suite("Lifecycle threat sources")
struct ThreatSourceNotConsideredTests {
    /// The clean project with `threat_model:` as given, TH-1 naming `sources`, and `text`'s blocks.
    static func findings(threatModel: String = "threat_model:\n  methodology: STRIDE", sources: String = "[]",
                         rules: String = "", adding text: String = "") throws -> [Finding] {
        var files = CleanProject.with(text)
        files["dossier.yml"] = ProjectFixture.configuration(threatModel: threatModel) + "\n" + rules
        files["threats/TH-1.md"] = files["threats/TH-1.md"]!.replacingOccurrences(
            of: "stride: [spoofing, tampering]", with: "stride: [spoofing, tampering]\nsources: \(sources)")
        return try DossierAnalyzeTests.findings(in: files).filter { $0.rule == .threatSourceNotConsidered }
    }

    static let updateChannel = """
        -- interfaces/IF-1.md --
        ---
        id: IF-1
        type: interface
        title: Firmware update over Wi-Fi
        kind: update-channel
        exposure: physical
        ---
        """

    @Test func everySourceNoThreatNamesIsOneSetLevelFinding() throws {
        let found = try Self.findings()
        #expect(found.map(\.brief) == ThreatSource.allCases.map(\.rawValue).sorted().map {
            "dossier.yml:4: minor: [threat-source-not-considered] \($0)"
        })
        #expect(found.first { $0.subject == "maintenance-update" }?.message
            == "no threat comes from maintenance and updates and the threat model does not say why none does "
                + "(FDA guidance §V.A.1; IEC 81001-5-1 §7.2)")
    }

    @Test func aSourceIsConsideredByALiveThreatOrAJustification() throws {
        let found = try Self.findings(
            threatModel: "threat_model:\n  methodology: STRIDE\n  not_applicable_sources:\n"
                + "    manufacturing: Software only.\n    supply-chain: \"  \"",
            sources: "[deployment, interoperation, maintenance-update]",
            adding: """
                -- threats/TH-2.md --
                ---
                id: TH-2
                type: threat
                title: Data left on a returned hub
                status: obsolete
                phases: [decommissioning]
                sources: [decommissioning]
                ---
                """)
        // A blank justification justifies nothing; an obsolete threat considers nothing.
        #expect(found.map(\.subject) == ["decommissioning", "supply-chain"])
        #expect(found.last?.message.contains("its entry under `not_applicable_sources` is blank") == true)
    }

    @Test func maintenanceAndUpdatesAreMajorWhenTheProductHasAnUpdateChannel() throws {
        let found = try Self.findings(sources: "[supply-chain, manufacturing, deployment, interoperation, decommissioning]",
                                      adding: Self.updateChannel)
        #expect(found.map(\.brief) == ["dossier.yml:4: major: [threat-source-not-considered] maintenance-update"])
        #expect(found.first?.message.contains("the product has an update channel") == true)
        // Another interface kind leaves it minor; a rules: entry sets every case to the one severity.
        let wired = try Self.findings(sources: "[supply-chain, manufacturing, deployment, interoperation, decommissioning]",
                                      adding: Self.updateChannel.replacingOccurrences(of: "update-channel", with: "wired"))
        #expect(wired.map(\.severity) == [.minor])
        let set = try Self.findings(sources: "[supply-chain, manufacturing, deployment, interoperation, decommissioning]",
                                    rules: "rules:\n  threat-source-not-considered: minor", adding: Self.updateChannel)
        #expect(set.map(\.severity) == [.minor])
    }

    @Test func aThreatThatNamesEverySourceLeavesNothing() throws {
        #expect(try Self.findings(sources: "[" + ThreatSource.allowedValues.joined(separator: ", ") + "]").isEmpty)
    }
}
