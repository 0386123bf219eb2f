import DossierLoad
import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
import Testing

/// Overlays, listed model files that cannot be read, and `threat_model`
/// written wrong (docs/format.md, "Threat model files").
@Suite("Threat model input errors")
struct ThreatModelInputErrorTests {
    typealias Threat = ThreatDragonModel.Threat
    static let model = ThreatDragonModel([Threat(1, "Forged dose record"), Threat(2, "Replayed request")])

    static func errors(_ files: [String: String]) throws -> [InputError] {
        try ProjectFixture.check(files: files).errors.sorted { Diagnostic.reportOrder(Diagnostic($0), Diagnostic($1)) }
    }

    static func errors(model: ThreatDragonModel = model, overlays: [String: String] = [:],
                       threatModel: String? = nil, replacingModel text: String? = nil,
                       adding extra: String = "") throws -> [InputError] {
        var files = ThreatModelProject.files(model, mitigatedBy: ["TD-1", "TD-2"], overlays: overlays,
                                             threatModel: threatModel, adding: extra)
        if let text { files[ThreatModelProject.modelPath] = text }
        return try errors(files)
    }

    // MARK: Overlays

    @Test func anOverlayNeedsNoTitleOrPhasesAndItsPhasesReplaceTheFiles() throws {
        let files = ThreatModelProject.files(Self.model, mitigatedBy: ["TD-1", "TD-2"],
                                             overlays: ["TD-1": "phases: [operation]\nhazards: [HZ-1]\nsafety_impact: true"])
        let report = try ProjectFixture.check(files: files)
        #expect(report.errors.map(\.brief) == [])
        let item = try #require(report.graph?.items.first { $0.id == "TD-1" })
        #expect(item.phases == [LifecyclePhase("operation")])
        #expect(item.threat?.safetyImpact == true)
        #expect(item.links.map(\.target) == ["HZ-1"])
        #expect(report.graph?.items.first { $0.id == "TD-2" }?.phases == LifecyclePhase.standardPhases)
    }

    @Test(arguments: [("title: Another title", "title"), ("stride: [spoofing]", "stride"), ("risk: low", "risk"),
                      ("treatment: accept", "treatment"), ("rationale: Because.", "rationale")])
    func anOverlayThatSetsWhatTheModelOwnsIsInvalid(_ line: String, _ field: String) throws {
        let errors = try Self.errors(overlays: ["TD-1": "assets: [AS-1]\n\(line)"])
        #expect(errors.map(\.brief) == ["threats/TD-1.md:5: invalid-value"])
        #expect(errors.first?.message.contains("TD-1 takes its \(field) from threat-model/cloud.json; change it there") == true)
    }

    @Test func aSecondOverlayIsADuplicateID() throws {
        let errors = try Self.errors(overlays: ["TD-1": "assets: [AS-1]"],
                                     adding: "-- threats/more/TD-1.md --\n---\nid: TD-1\ntype: threat\nresidual_risk: low\n---\n")
        #expect(errors.map(\.brief) == ["threats/more/TD-1.md:2: duplicate-id"])
    }

    @Test func aMarkdownThreatWithoutTitleThatIsNoOverlayIsStillMissingIt() throws {
        let errors = try Self.errors(adding: "-- threats/TH-9.md --\n---\nid: TH-9\ntype: threat\nassets: [AS-1]\n---\n")
        #expect(errors.map(\.brief) == ["threats/TH-9.md:1: missing-field", "threats/TH-9.md:1: missing-field"])
        #expect(errors.map(\.message).joined().contains("`title`"))
        #expect(errors.map(\.message).joined().contains("`phases`"))
    }

    @Test func aNumberUsedTwiceInOneModelIsADuplicateIDNamingBothEntries() throws {
        let model = ThreatDragonModel([Threat(1, "Forged dose record"), Threat(1, "Replayed request", id: "ffff0000")])
        let errors = try Self.errors(ThreatModelProject.files(model, mitigatedBy: ["TD-1"]))
        #expect(errors.map(\.code) == ["duplicate-id"])
        #expect(errors.first?.location.file == ThreatModelProject.modelPath)
        #expect(errors.first?.message.contains("\(ThreatModelProject.modelPath):") == true)
    }

    @Test func anImportedIDEqualToAnotherItemsIsADuplicateID() throws {
        let errors = try Self.errors(ThreatModelProject.files(Self.model, mitigatedBy: ["TD-1"],
                                                              adding: "-- assets/TD-2.md --\n---\nid: TD-2\ntype: asset\n"
                                                                + "title: Records\n---\n"))
        #expect(errors.map(\.code) == ["duplicate-id"])
    }

    // MARK: Files that cannot be read

    @Test func aMissingModelIsReportedAtItsLineInTheConfiguration() throws {
        var files = ThreatModelProject.files(Self.model)
        files[ThreatModelProject.modelPath] = nil
        let errors = try Self.errors(files)
        let configuration = try #require(files["dossier.yml"])
        let line = try #require(configuration.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("- file: threat-model/cloud.json") }) + 1
        // The imported ids are unknown: SR-… that name them are not linked here.
        #expect(errors.map(\.brief) == ["dossier.yml:\(line): unreadable-file"])
        #expect(errors.first?.message.contains("does not exist") == true)
    }

    @Test(arguments: ["../cloud.json", "/etc/passwd"])
    func aModelOutsideTheContentFolderIsUnreadable(_ path: String) throws {
        let errors = try Self.errors(threatModel: ThreatDragonModel.configuration(path: path))
        #expect(errors.map(\.brief) == ["\(path):1: unreadable-file"])
        #expect(errors.first?.message.contains("outside the content folder") == true)
    }

    @Test func aModelThatIsNotJSONNamesLineAndColumn() throws {
        let errors = try Self.errors(replacingModel: "{\n  \"summary\": {,\n}")
        #expect(errors.map(\.brief) == ["threat-model/cloud.json:1: unreadable-file"])
        #expect(errors.first?.message.contains("line 2, column") == true)
    }

    @Test func aThreatDragonOneModelSaysHowToConvertIt() throws {
        let errors = try Self.errors(replacingModel: """
            {"summary": {"title": "Old"}, "detail": {"diagrams": [{"title": "Main", "diagramJson": {"cells": []}}]}}
            """)
        #expect(errors.first?.message.contains("a Threat Dragon 1.x model: open it in Threat Dragon 2 and save it") == true)
    }

    @Test func aFileOfNeitherFormatSaysWhatWasExpected() throws {
        let errors = try Self.errors(replacingModel: "{\"bomFormat\": \"CycloneDX\"}")
        #expect(errors.map(\.code) == ["unreadable-file"])
        #expect(errors.first?.message.contains("Threat Dragon") == true)
        #expect(errors.first?.message.contains("Threat Modeling Tool") == true)
    }

    @Test func aModelWithADocumentTypeIsRefusedAndNothingOutsideIsRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-secret-\(UUID().uuidString)")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let errors = try Self.errors(threatModel: ThreatDragonModel.configuration(path: "threat-model/model.tm7"),
                                     adding: "-- threat-model/model.tm7 --\n<?xml version=\"1.0\"?>\n"
                                        + "<!DOCTYPE x [<!ENTITY s SYSTEM \"file://\(secret.path)\">]>\n"
                                        + "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">&s;</ThreatModel>\n")
        #expect(errors.map(\.brief) == ["threat-model/model.tm7:1: unreadable-file"])
        #expect(!errors.map(\.message).joined().contains("TOP-SECRET"))
    }

    @Test func aModelOverTheLinkedFileLimitIsUnreadable() throws {
        let fixture = try ProjectFixture(files: ThreatModelProject.files(Self.model))
        defer { fixture.remove() }
        let loaded = ListedFileLoader(maximumSize: 100).load(
            [ListedFile(path: ThreatModelProject.modelPath, line: 8)], noun: "threat model file", expected: "a model",
            from: FolderStore(root: fixture.url))
        #expect(loaded.errors.map(\.brief) == ["threat-model/cloud.json:1: unreadable-file"])
        #expect(loaded.errors.first?.message.contains("larger than the limit") == true)
    }

    // MARK: threat_model in dossier.yml

    @Test(arguments: [
        ("threat_model:\n  files:\n    - file: a.json\n      prefix: TD\n    - file: b.json\n      prefix: TD", "already used"),
        ("threat_model:\n  methodology: STRIDE\n  reviewd: 2026-01-01", "did you mean reviewed?"),
        ("threat_model:\n  files:\n    - file: a.json\n      phases: [operaton]", "did you mean operation?"),
        ("threat_model:\n  reviewed: 2026-14-03", "2026-14-03"),
        ("threat_model:\n  files:\n    - file: a.json\n      prefix: 9TD", "starting with a letter"),
        ("threat_model:\n  files:\n    - file: a.json\n      prefx: TD", "did you mean prefix?"),
        ("threat_model:\n  not_applicable_sources:\n    manufacturng: Software only.", "did you mean manufacturing?"),
    ])
    func aThreatModelWrittenWrongIsConfigInvalidAtItsLine(_ lines: String, _ expected: String) throws {
        let errors = try Self.errors(["dossier.yml": ProjectFixture.configuration(threatModel: lines),
                                      "a.json": Self.model.json, "b.json": Self.model.json])
        #expect(errors.map(\.code) == ["config-invalid"], "\(errors.map(\.message))")
        #expect(errors.first.map { $0.location.line > ProjectFixture.line(of: "threat_model", in: ProjectFixture.minimalConfiguration)! } == true)
        #expect(errors.first?.message.contains(expected) == true, "\(errors.map(\.message))")
    }
}
