import Foundation

/// A small OWASP Threat Dragon 2.x model, written as the tool writes one:
/// a phone app and a cloud API joined by one flow that carries the threats.
public struct ThreatDragonModel: Sendable {
    public struct Threat: Sendable {
        public var number: Int?
        public var id: String
        public var title: String
        public var type: String
        public var status: String
        public var severity: String
        public var mitigation: String
        public var description: String

        public init(_ number: Int?, _ title: String, type: String = "Tampering", status: String = "Mitigated",
                    severity: String = "High", mitigation: String = "", description: String = "",
                    id: String? = nil) {
            self.number = number
            self.id = id ?? String(format: "%08x-0000-4000-8000-000000000000", number ?? 0)
            self.title = title
            self.type = type
            self.status = status
            self.severity = severity
            self.mitigation = mitigation
            self.description = description
        }
    }

    public var title = "GlucoLink cloud"
    public var diagramTitle = "Cloud and portal"
    public var threats: [Threat]

    public init(_ threats: [Threat]) {
        self.threats = threats
    }

    public var json: String {
        let threatObjects = threats.map { threat -> [String: Any] in
            var object: [String: Any] = [
                "id": threat.id, "title": threat.title, "type": threat.type, "status": threat.status,
                "severity": threat.severity, "mitigation": threat.mitigation, "description": threat.description,
                "modelType": "STRIDE", "score": "",
            ]
            if let number = threat.number { object["number"] = number }
            return object
        }
        let model: [String: Any] = [
            "version": "2.3.0",
            "summary": ["title": title, "owner": "Security team", "description": "", "id": 0],
            "detail": [
                "contributors": [], "reviewer": "", "threatTop": 10,
                "diagrams": [[
                    "id": 0, "title": diagramTitle, "diagramType": "STRIDE", "version": "2.3.0",
                    "cells": [
                        ["id": "app", "shape": "actor", "position": ["x": 40, "y": 60], "size": ["width": 160, "height": 80],
                         "data": ["name": "Phone app", "type": "tm.Actor", "threats": []]],
                        ["id": "api", "shape": "process", "position": ["x": 420, "y": 40], "size": ["width": 120, "height": 120],
                         "data": ["name": "Cloud API", "type": "tm.Process", "threats": []]],
                        ["id": "flow", "shape": "flow", "source": ["cell": "app"], "target": ["cell": "api"],
                         "vertices": [],
                         "data": ["name": "Dose records", "type": "tm.Flow", "threats": threatObjects]],
                    ] as [[String: Any]],
                ]],
            ] as [String: Any],
        ]
        let data = try! JSONSerialization.data(withJSONObject: model, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// `json` with its diagrams changed by `edit`: cells without positions,
    /// a diagram more (as JSON objects, the way Threat Dragon writes them).
    public func json(editingDiagrams edit: (inout [[String: Any]]) -> Void) -> String {
        var object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        var detail = object["detail"] as? [String: Any] ?? [:]
        var diagrams = detail["diagrams"] as? [[String: Any]] ?? []
        edit(&diagrams)
        detail["diagrams"] = diagrams
        object["detail"] = detail
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The `threat_model:` block of dossier.yml that lists the model at `path`;
    /// every lifecycle source is justified, as in `ProjectFixture.minimalConfiguration`.
    public static func configuration(path: String = "threat-model/cloud.json", prefix: String = "TD",
                                     extra: String = "") -> String {
        """
        threat_model:
          methodology: STRIDE per element, OWASP Threat Dragon
          reviewed: 2026-10-01
          files:
            - file: \(path)
              prefix: \(prefix)
          not_applicable_sources: {supply-chain: Built in-house, manufacturing: No keys are loaded in the factory,
            deployment: Shipped paired, interoperation: Talks to no other system,
            maintenance-update: Not field-updatable, decommissioning: Holds no data once unpaired}
        \(extra)
        """
    }
}
