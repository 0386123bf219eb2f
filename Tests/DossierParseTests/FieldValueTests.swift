import DossierModel
import DossierParse
import DossierTestSupport
import Testing

@Suite struct FieldValueTests {
    @Test func singleValueIsAOneElementList() throws {
        let parsed = try parse("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: operation
            stride: tampering
            interfaces: Home Wi-Fi
            tags: pump
            assets: AS-1
            ---
            """)
        let threat = try #require(parsed.item("TH-1"))
        #expect(parsed.errors == [])
        #expect(threat.phases == [.operation])
        #expect(threat.threat?.stride == [.tampering])
        #expect(threat.links(in: .interfaces).map(\.target) == ["Home Wi-Fi"])
        #expect(threat.tags == ["pump"])
        #expect(threat.links(in: .assets) == [ItemLink(field: .assets, target: "AS-1", line: 9)])
    }

    @Test func blockAndFlowListsReadTheSame() throws {
        let parsed = try parse("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [installation, operation]
            assets: [AS-1, AS-2]
            ---
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Forged dose command
            phases:
              - installation
              - operation
            assets:
            - AS-1
            - AS-2
            ---
            """)
        let flow = try #require(parsed.item("TH-1"))
        let block = try #require(parsed.item("TH-2"))
        #expect(flow.phases == [.installation, .operation])
        #expect(block.phases == flow.phases)
        #expect(flow.links.map(\.target) == ["AS-1", "AS-2"])
        #expect(block.links.map(\.target) == ["AS-1", "AS-2"])
        #expect(block.links.map(\.line) == [9, 10])
    }

    @Test func unknownFieldsAreKeptInFileOrder() throws {
        let parsed = try parse("""
            -- assets/AS-1.md --
            ---
            id: AS-1
            owner: Team Pump
            type: asset
            title: Dose history
            jira: [PUMP-1, PUMP-2]
            review: { by: A. Author, on: 2026-11-01 }
            ---
            """)
        let asset = try #require(parsed.item("AS-1"))
        #expect(parsed.errors == [])
        #expect(asset.extraFields.map(\.name) == ["owner", "jira", "review"])
        #expect(asset.extraFields[0] == NamedValue(name: "owner", value: .text("Team Pump"), line: 3))
        #expect(asset.extraFields[1] == NamedValue(name: "jira", value: .list([.text("PUMP-1"), .text("PUMP-2")]),
                                                   line: 6))
        #expect(asset.extraFields[2].value.displayText == "by: A. Author; on: 2026-11-01")
    }

    @Test(arguments: [("yes", true), ("no", false), ("True", true), ("FALSE", false), ("Yes", true),
                      ("NO", false), ("true", true), ("false", false)])
    func booleanAcceptsTrueFalseYesAndNoInAnyCase(written: String, value: Bool) throws {
        let parsed = try parse("""
            -- requirements/REQ-1.md --
            ---
            id: REQ-1
            type: requirement
            title: The hub receives dose commands
            security_relevant: \(written)
            ---
            """)
        #expect(parsed.errors == [])
        #expect(parsed.item("REQ-1")?.requirement?.securityRelevant == value)
    }

    @Test func statusDefaultsToDraftAndTreatmentToMitigate() throws {
        let parsed = try parse("""
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            ---
            """)
        let threat = try #require(parsed.item("TH-1"))
        #expect(threat.status == .draft)
        #expect(threat.threat?.treatment == .mitigate)
        #expect(threat.threat?.safetyImpact == false)
    }

    @Test func fieldLinesPointAtEachKey() throws {
        let parsed = try parse("""
            -- verification/VER-1.md --
            ---
            id: VER-1
            type: verification
            title: Security test campaign
            method: test
            result: fail
            verifies:
              - REQ-1
            ---
            """)
        let verification = try #require(parsed.item("VER-1"))
        #expect(verification.fieldLines["result"] == 6)
        #expect(verification.fieldLines["verifies"] == 7)
        #expect(verification.links == [ItemLink(field: .verifies, target: "REQ-1", line: 8)])
        #expect(verification.body.firstLine == 10)
    }
}
