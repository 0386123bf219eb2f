import DossierModel
import DossierPipeline
import DossierTestSupport
import Testing

/// Threats kept in a threat-modelling tool's file are items of the project
/// (docs/format.md, "Threat model files").
@Suite("Imported threats")
struct ThreatModelImportTests {
    typealias Threat = ThreatDragonModel.Threat

    static func report(_ model: ThreatDragonModel, mitigatedBy ids: [String] = [],
                       overlays: [String: String] = [:], configuration: String = "",
                       threatModel: String? = nil, adding text: String = "") throws -> CheckResult {
        try ProjectFixture.check(files: ThreatModelProject.files(model, mitigatedBy: ids, overlays: overlays,
                                                                  configuration: configuration,
                                                                  threatModel: threatModel, adding: text))
    }

    @Test func aMitigatedThreatWithItsOverlayAndRequirementRaisesNothing() throws {
        let report = try Self.report(ThreatDragonModel([Threat(1, "Forged dose record")]), mitigatedBy: ["TD-1"],
                                     overlays: ["TD-1": ThreatModelProject.completingOverlay])
        #expect(report.errors.map(\.brief) == [])
        #expect(report.findings.map(\.brief) == [])
        let item = try #require(report.graph?.items.first { $0.id == "TD-1" })
        #expect(item.title == "Forged dose record")
        #expect(item.status == .approved)
        #expect(item.threat?.stride == [.tampering])
        #expect(item.threat?.risk == .high)
        #expect(item.threat?.residualRisk == .low)
        #expect(item.phases == LifecyclePhase.standardPhases)
        #expect(item.origin?.file == ThreatModelProject.modelPath)
        #expect(item.origin?.overlay == "threats/TD-1.md")
        #expect(item.location.file == "threats/TD-1.md")
    }

    /// What a threat-modelling tool cannot hold, an overlay adds: lifecycle sources among it.
    @Test func anImportedThreatTakesItsSourcesFromItsOverlay() throws {
        let model = ThreatDragonModel([Threat(1, "Forged dose record")])
        let bare = try Self.report(model, mitigatedBy: ["TD-1"], overlays: ["TD-1": ThreatModelProject.completingOverlay])
        #expect(bare.graph?.items.first { $0.id == "TD-1" }?.threat?.sources == [])
        let report = try Self.report(model, mitigatedBy: ["TD-1"], overlays: [
            "TD-1": ThreatModelProject.completingOverlay + "\nsources: [supply-chain, deployment]",
        ], threatModel: ThreatDragonModel.configuration(path: ThreatModelProject.modelPath)
            .replacingOccurrences(of: "supply-chain: Built in-house, ", with: ""))
        #expect(report.errors.map(\.brief) == [])
        #expect(report.graph?.items.first { $0.id == "TD-1" }?.threat?.sources == [.supplyChain, .deployment])
        // The overlay's source is what considers the supply chain: no finding for it.
        #expect(!report.findings.contains { $0.rule == .threatSourceNotConsidered })
    }

    @Test func anImportedThreatCountsAsOneItemWithOrWithoutAnOverlay() throws {
        let model = ThreatDragonModel([Threat(1, "Forged dose record"), Threat(2, "Replayed request")])
        let with = try Self.report(model, mitigatedBy: ["TD-1", "TD-2"], overlays: ["TD-1": "assets: [AS-1]"])
        let without = try Self.report(model, mitigatedBy: ["TD-1", "TD-2"])
        #expect(with.itemCount == without.itemCount)
        #expect(without.itemCount == CleanProject.files.keys.filter { $0.hasSuffix(".md") }.count + 1 + 2)
    }

    @Test func anOpenThreatIsNotTriagedAtItsEntryAndRaisesNothingElse() throws {
        let report = try Self.report(ThreatDragonModel([Threat(1, "Forged dose record", status: "Open")]))
        #expect(report.errors.map(\.brief) == [])
        // The line of the `{` that opens the threat object.
        let lines = ThreatDragonModel([Threat(1, "Forged dose record", status: "Open")]).json
            .split(separator: "\n", omittingEmptySubsequences: false)
        let titleLine = try #require(lines.firstIndex { $0.contains("\"title\" : \"Forged dose record\"") })
        let line = try #require(lines[..<titleLine].lastIndex { $0.hasSuffix("{") }) + 1
        #expect(report.findings.map(\.brief) == ["\(ThreatModelProject.modelPath):\(line): major: [threat-not-triaged] TD-1"])
        #expect(report.findings.first?.message.contains("\"Open\"") == true)
    }

    @Test func aMitigatedThreatIsNotNotTriaged() throws {
        let report = try Self.report(ThreatDragonModel([Threat(1, "Forged dose record", status: "Mitigated")]),
                                     mitigatedBy: ["TD-1"], overlays: ["TD-1": ThreatModelProject.completingOverlay])
        #expect(!report.findings.contains { $0.rule == .threatNotTriaged })
    }

    @Test func aMitigatedThreatNoRequirementTracesIsUnmitigated() throws {
        let report = try Self.report(ThreatDragonModel([Threat(1, "Forged dose record")]),
                                     overlays: ["TD-1": ThreatModelProject.completingOverlay])
        let finding = try #require(report.findings.first { $0.rule == .unmitigatedThreat })
        #expect(finding.brief == "threats/TD-1.md:1: major: [unmitigated-threat] TD-1")
        #expect(finding.message.contains("TD-1 is marked Mitigated in threat-model/cloud.json, but no security "
                                         + "requirement traces to it"))
    }

    @Test func aDismissedThreatNeedsAJustification() throws {
        let dismissed = try Self.report(ThreatDragonModel([Threat(4, "Portal file upload", status: "NotApplicable")]))
        #expect(dismissed.findings.map(\.rule) == [.threatDismissedWithoutJustification])
        #expect(dismissed.findings.first?.location.file == ThreatModelProject.modelPath)
        let justified = try Self.report(ThreatDragonModel([
            Threat(4, "Portal file upload", status: "NotApplicable", mitigation: "The portal takes no uploads."),
        ]))
        #expect(justified.findings.map(\.brief) == [])
        let blank = try Self.report(ThreatDragonModel([
            Threat(4, "Portal file upload", status: "NotApplicable", mitigation: "  \n "),
        ]))
        #expect(blank.findings.map(\.rule) == [.threatDismissedWithoutJustification])
    }

    @Test func aThreatDragonThreatWithoutNumberIsNamedByItsID() throws {
        let threat = Threat(nil, "Stolen session token", id: "3fa85f64-5717-4562-b3fc-2c963f66afa6")
        let report = try Self.report(ThreatDragonModel([threat]), mitigatedBy: ["TD-3fa85f64"],
                                     overlays: ["TD-3fa85f64": ThreatModelProject.completingOverlay])
        #expect(report.errors.map(\.brief) == [])
        #expect(report.graph?.items.contains { $0.id == "TD-3fa85f64" } == true)
    }

    @Test func anAcceptedThreatIsTreatedAcceptWithItsMitigationAsRationale() throws {
        let report = try Self.report(ThreatDragonModel([
            Threat(5, "Outage of the hosting provider", type: "Denial of service", status: "Accepted",
                   severity: "Low", mitigation: "The hub keeps working offline for 72 hours."),
        ]), overlays: ["TD-5": "assets: [AS-1]\nresidual_risk: low"])
        let item = try #require(report.graph?.items.first { $0.id == "TD-5" })
        #expect(item.threat?.treatment == .accept)
        #expect(item.threat?.rationale == "The hub keeps working offline for 72 hours.")
        #expect(item.threat?.stride == [.denialOfService])
        #expect(report.findings.map(\.brief) == [])
    }

    @Test func requirementsAndBodiesNameImportedThreatsByID() throws {
        let report = try Self.report(ThreatDragonModel([Threat(1, "Forged dose record")]), mitigatedBy: ["TD-1"],
                                     overlays: ["TD-1": ThreatModelProject.completingOverlay],
                                     adding: "-- assets/AS-2.md --\n---\nid: AS-2\ntype: asset\ntitle: Records\n---\n"
                                        + "Threatened by [[TD-1]].\n")
        #expect(report.errors.map(\.brief) == [])
        let graph = try #require(report.graph)
        let threat = try #require(graph.position(of: "TD-1"))
        #expect(graph.mitigations(of: threat).map { graph[$0].id } == ["SR-9"])
    }
}
