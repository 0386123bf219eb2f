import DossierTestSupport
import DossierThreatModel
import Foundation
import Testing

@Suite struct ThreatDragonReaderTests {
    private func fixture(_ name: String) throws -> ThreatModelDocument {
        try ThreatModelReader.read(try ThreatModelFixture.data(name), path: "threat-model/\(name)")
    }

    /// A Threat Dragon 2.3 model with one threat per `threats` entry on the
    /// pump hub, written as the tool writes it (two-space indent).
    private func model(threats: [String], modelType: String = "STRIDE") throws -> ThreatModelDocument {
        let entries = threats.map { "{\($0), \"modelType\": \"\(modelType)\"}" }.joined(separator: ",\n")
        let json = """
            {
              "version": "2.3.0",
              "summary": {"title": "GlucoLink", "owner": "", "description": "", "id": 0},
              "detail": {
                "diagrams": [{
                  "id": 0, "title": "Home", "diagramType": "STRIDE",
                  "cells": [
                    {"position": {"x": 10, "y": 20}, "size": {"width": 100, "height": 60}, "shape": "actor",
                     "id": "app", "data": {"type": "tm.Actor", "name": "Phone App", "threats": []}},
                    {"position": {"x": 300, "y": 20}, "size": {"width": 80, "height": 80}, "shape": "process",
                     "id": "hub", "data": {"type": "tm.Process", "name": "Pump Hub", "threats": [
            \(entries)
                    ]}},
                    {"shape": "flow", "id": "dose", "source": {"cell": "app"}, "target": {"cell": "hub"},
                     "vertices": [{"x": 200, "y": 10}],
                     "data": {"type": "tm.Flow", "name": "Dose command", "threats": [
                       {"id": "5d2b0f9e-0000-4000-8000-000000000001", "title": "Replay", "status": "Open",
                        "severity": "High", "type": "Tampering", "modelType": "STRIDE"}
                     ]}},
                    {"position": {"x": 250, "y": 0}, "size": {"width": 200, "height": 120}, "shape": "trust-boundary-box",
                     "id": "home", "attrs": {"label": {"text": "Home network"}}, "data": {"type": "tm.BoundaryBox"}}
                  ]
                }]
              }
            }
            """
        return try ThreatModelReader.read(Data(json.utf8), path: "threat-model/home.json")
    }

    @Test func readsADemoWithNumberedThreats() throws {
        let document = try fixture("iot-device.json")
        #expect(document.format == .threatDragon)
        #expect(document.format.displayName == "OWASP Threat Dragon")
        #expect(document.version == "2.3.0")
        #expect(document.diagrams.map(\.name) == ["IoT Device STRIDE diagram"])
        #expect(Set(document.threats.map(\.key)) == ["4", "5", "6", "7"])
        let threat = try #require(document.threats.first { $0.key == "6" })
        #expect(threat.title == "IoT configuration changed")
        #expect(threat.stride == "tampering")
        #expect(threat.risk == "medium")
        #expect(threat.state == .notTriaged)
        #expect(threat.stateLabel == "Open")
        #expect(threat.targetName == "IoT Device")
        #expect(threat.diagramName == "IoT Device STRIDE diagram")
        // "severity": "TBA" is no risk.
        #expect(document.threats.first { $0.key == "5" }?.risk == nil)
    }

    @Test func aThreatWithoutANumberIsKeyedByTheStartOfItsID() throws {
        let document = try fixture("v2-threat-model.json")
        #expect(document.threats.count == 14)
        let threat = try #require(document.threats.first { $0.title == "Accessing DB credentials" })
        #expect(threat.key == "7df716cd")
        #expect(threat.stride == "information-disclosure")
        #expect(threat.targetName == "Worker Config")
    }

    @Test func eachThreatKnowsTheLineOfTheBraceThatOpensIt() throws {
        let data = try ThreatModelFixture.data("v2-threat-model.json")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let document = try ThreatModelReader.read(data, path: "v2.json")
        for threat in document.threats {
            // The brace stands alone on its line; the threat's id is among the lines after it.
            #expect(lines[threat.line - 1].trimmingCharacters(in: .whitespaces) == "{")
            let entry = lines[threat.line..<min(lines.count, threat.line + 12)].joined()
            #expect(entry.contains(threat.key), "\(threat.key) at line \(threat.line)")
        }
    }

    @Test func aOneLineFileHasEveryThreatOnLine1() throws {
        let object = try JSONSerialization.jsonObject(with: try ThreatModelFixture.data("iot-device.json"))
        let oneLine = try JSONSerialization.data(withJSONObject: object)
        let document = try ThreatModelReader.read(oneLine, path: "iot.json")
        #expect(document.threats.count == 4)
        #expect(document.threats.allSatisfy { $0.line == 1 })
    }

    @Test(arguments: [
        ("Open", ModelThreatState.notTriaged, "Open"), ("Mitigated", .mitigated, "Mitigated"),
        ("NotApplicable", .notApplicable, "Not Applicable"), ("NA", .notApplicable, "Not Applicable"),
        ("Accepted", .accepted, "Accepted"), ("Transferred", .transferred, "Transferred"),
        ("Avoided", .avoided, "Avoided"), ("Eliminated", .avoided, "Eliminated"), ("Parked", .notTriaged, "Parked"),
    ])
    func mapsEveryStatus(status: String, expected: ModelThreatState, label: String) throws {
        let document = try model(threats: ["\"number\": 3, \"title\": \"t\", \"status\": \"\(status)\""])
        let threat = try #require(document.threats.first { $0.key == "3" })
        #expect(threat.state == expected)
        #expect(threat.stateLabel == label)
    }

    @Test func theMitigationJustifiesANotApplicableOrAcceptedThreatOnly() throws {
        let document = try model(threats: [
            "\"number\": 1, \"title\": \"a\", \"status\": \"NotApplicable\", \"mitigation\": \"No radio on the hub.\"",
            "\"number\": 2, \"title\": \"b\", \"status\": \"Accepted\", \"mitigation\": \"Residual risk accepted by RM-4.\"",
            "\"number\": 3, \"title\": \"c\", \"status\": \"Mitigated\", \"mitigation\": \"Mutual TLS.\"",
            "\"number\": 4, \"title\": \"d\", \"status\": \"NotApplicable\", \"mitigation\": \"  \"",
        ])
        #expect(document.threats.prefix(4).map(\.justification) == ["No radio on the hub.", "Residual risk accepted by RM-4.",
                                                                    nil, nil])
        #expect(document.threats[2].mitigations == "Mutual TLS.")
    }

    @Test(arguments: [
        ("Spoofing", "spoofing"), ("Tampering", "tampering"), ("Repudiation", "repudiation"),
        ("Information disclosure", "information-disclosure"), ("Denial of service", "denial-of-service"),
        ("Elevation of privilege", "elevation-of-privilege"), ("Elevation Of Privileges", "elevation-of-privilege"),
    ])
    func readsStrideAsThreatDragonSpellsIt(type: String, stride: String) throws {
        let document = try model(threats: ["\"number\": 1, \"title\": \"t\", \"type\": \"\(type)\""])
        #expect(document.threats[0].stride == stride)
        #expect(document.threats[0].category == type)
    }

    @Test func aThreatOfAnotherMethodHasNoStrideCategory() throws {
        let document = try model(threats: ["\"number\": 1, \"title\": \"t\", \"type\": \"Spoofing\""], modelType: "LINDDUN")
        #expect(document.threats[0].stride == nil)
        #expect(document.threats[0].category == "Spoofing")
        let reports = try fixture("test-reports.json")
        let cia = try #require(reports.threats.first { $0.category == "Distributed" })
        #expect(cia.stride == nil)
    }

    @Test(arguments: [("Low", "low"), ("Medium", "medium"), ("High", "high"), ("Critical", "critical"), ("TBA", nil),
                      ("", nil)] as [(String, String?)])
    func readsTheSeverity(severity: String, risk: String?) throws {
        let document = try model(threats: ["\"number\": 1, \"title\": \"t\", \"severity\": \"\(severity)\""])
        #expect(document.threats[0].risk == risk)
    }

    @Test func aThreatOnAFlowNamesItsEndsAndIsCarriedByTheFlow() throws {
        let document = try model(threats: [])
        let threat = try #require(document.threats.first)
        #expect(threat.key == "5d2b0f9e")
        #expect(threat.interaction == "Dose command")
        #expect(threat.sourceName == "Phone App")
        #expect(threat.targetName == "Pump Hub")
        #expect(threat.carrierID == "dose")
        let flow = try #require(document.diagrams[0].flows.first)
        #expect(flow.points == [ModelPoint(x: 60, y: 50), ModelPoint(x: 200, y: 10), ModelPoint(x: 340, y: 60)])
        #expect(document.diagrams[0].boundaries.map(\.name) == ["Home network"])
    }

    @Test func cellNamesFallBackToTheirLabels() throws {
        let document = try fixture("three-tier-web-app.json")
        #expect(document.diagrams[0].boundaries.map(\.name) == ["Internet", "Public Cloud"])
        #expect(document.threats.allSatisfy { $0.state == .mitigated })
    }

    @Test func readsEveryDiagramOfAModel() throws {
        let document = try fixture("test-reports.json")
        #expect(document.diagrams.count == 7)
        #expect(document.diagrams.map(\.id) == ["0", "1", "2", "4", "5", "6", "8"])
        // `trust-broundary-curve`, as Threat Dragon 2.1 spelt it, is a line.
        let wide = try #require(document.diagrams.first { $0.name == "01 - wide CIA diagram" })
        #expect(wide.boundaries.contains { if case .line = $0.shape { true } else { false } })
    }

    @Test func anEmptyModelHasADiagramWithOnlyItsText() throws {
        let document = try fixture("v2-new-model.json")
        #expect(document.threats.isEmpty)
        #expect(document.diagrams[0].elements.map(\.kind) == [.other])
    }
}
