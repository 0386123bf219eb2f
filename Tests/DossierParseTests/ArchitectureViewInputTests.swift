import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// `view`, `diagrams` and `architecture_views_not_applicable` written wrong
/// (docs/format.md, "Security architecture views").
@Suite("Architecture view input errors")
struct ArchitectureViewInputTests {
    typealias Threat = ThreatDragonModel.Threat
    static let model = ThreatDragonModel([Threat(1, "Forged dose record")])

    /// The Threat Dragon project with a section whose front matter holds `lines` (from line 5).
    static func errors(section lines: String, model text: String? = nil,
                       overlays: [String: String] = ["TD-1": ThreatModelProject.completingOverlay]) throws -> [InputError] {
        var files = ThreatModelProject.files(Self.model, mitigatedBy: ["TD-1"], overlays: overlays)
        files["sections/ARCH.md"] = "---\nid: ARCH\ntype: section\ntitle: Architecture\n\(lines)\n---\nText.\n"
        if let text { files[ThreatModelProject.modelPath] = text }
        return try ProjectFixture.check(files: files).errors.sorted { Diagnostic.reportOrder(Diagnostic($0), Diagnostic($1)) }
    }

    @Test func aViewOutsideTheFourIsInvalidValue() throws {
        let errors = try Self.errors(section: "view: global")
        #expect(errors.map(\.brief) == ["sections/ARCH.md:5: invalid-value"])
        #expect(errors.first?.message.contains("global-system, multi-patient-harm, updatability-patchability, "
            + "security-use-case") == true)
    }

    @Test func aDiagramIsNamedByItsListedFileAndItsNameWithCaseAndSpaceAside() throws {
        #expect(try Self.errors(section: "view: global-system\ndiagrams: [\"threat-model/cloud.json#  cloud AND portal \"]")
            .map(\.brief) == [])
        // A path written another way to the same file finds it too.
        #expect(try Self.errors(section: "diagrams: \"./threat-model/cloud.json#Cloud and portal\"").map(\.brief) == [])
    }

    @Test func aNameNoDiagramHasIsDanglingAtItsLineWithTheClosestName() throws {
        let errors = try Self.errors(section: """
            diagrams:
              - threat-model/cloud.json#Cloud and portal
              - threat-model/cloud.json#Cloud and portals
            """)
        #expect(errors.map(\.brief) == ["sections/ARCH.md:7: dangling-reference"])
        #expect(errors.first?.message == "ARCH refers to threat-model/cloud.json#Cloud and portals, listed under "
            + "`diagrams`, but threat-model/cloud.json has no diagram named “Cloud and portals”; did you mean "
            + "“Cloud and portal”?")
        let far = try Self.errors(section: "diagrams: [threat-model/cloud.json#Pump]")
        #expect(far.first?.message.hasSuffix("its diagrams are “Cloud and portal”") == true)
    }

    @Test func aFileThatIsNotListedOrNotNamedIsDangling() throws {
        let unlisted = try Self.errors(section: "diagrams: [threat-model/clod.json#Cloud and portal]")
        #expect(unlisted.map(\.brief) == ["sections/ARCH.md:5: dangling-reference"])
        #expect(unlisted.first?.message.hasSuffix("but threat-model/clod.json is not listed under `threat_model.files` "
            + "in dossier.yml; did you mean threat-model/cloud.json?") == true)
        let noFile = try Self.errors(section: "diagrams: [Cloud and portal]")
        #expect(noFile.first?.message.contains("write `file#diagram name`") == true)
    }

    @Test func aNameTwoDiagramsShareIsInvalidValue() throws {
        let text = Self.model.json(editingDiagrams: {
            $0.append(["id": 1, "title": "Cloud and Portal", "diagramType": "STRIDE", "cells": []])
        })
        let errors = try Self.errors(section: "diagrams: [threat-model/cloud.json#cloud and portal]", model: text)
        #expect(errors.map(\.brief) == ["sections/ARCH.md:5: invalid-value"])
        #expect(errors.first?.message.contains("has several named “Cloud and portal”") == true)
    }

    @Test func aModelThatCannotBeReadRaisesNoSecondError() throws {
        let errors = try Self.errors(section: "diagrams: [threat-model/cloud.json#Cloud and portal]", model: "{ not json",
                                     overlays: [:])
        #expect(errors.map(\.code) == ["unreadable-file"])
    }

    @Test func anUnknownViewInTheConfigurationIsConfigInvalidAtItsLine() throws {
        // Line 5 of the configuration is left blank; the mapping starts on line 7.
        let report = try ProjectFixture.check(files: CleanProject.with(
            "-- dossier.yml --\n\(ProjectFixture.configurationWithoutViews)\narchitecture_views_not_applicable:\n"
                + "  global-sytem: One box.\n  multi-patient-harm: One patient.\n"))
        #expect(report.errors.map(\.brief) == ["dossier.yml:8: config-invalid"])
        #expect(report.errors.first?.message.contains(
            "`global-sytem` is not a security architecture view (did you mean global-system?)") == true)
    }
}
