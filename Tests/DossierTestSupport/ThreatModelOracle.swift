import Foundation

/// An independent reading of a real model file by
/// `Tests/DossierThreatModelTests/Oracle/read_model.py` (Python's xml.etree
/// and json, none of the Swift reader's code): what the reader, and the
/// pictures drawn from it, are compared with.
public enum ThreatModelOracle {
    public struct Reading: Decodable, Equatable, Sendable {
        public struct Diagram: Decodable, Equatable, Sendable {
            public var name: String
            public var elements: [String]
            public var boundaries: [String]
            public var flows: [String]

            public init(name: String, elements: [String], boundaries: [String], flows: [String]) {
                self.name = name
                self.elements = elements
                self.boundaries = boundaries
                self.flows = flows
            }
        }

        public struct Threat: Decodable, Equatable, Sendable {
            public var key: String
            public var state: String
        }

        public var diagrams: [Diagram]
        public var threats: [Threat]
    }

    /// The reading of the file `name` of `ThreatModelFixture.folder`.
    public static func read(_ name: String) throws -> Reading {
        let script = ThreatModelFixture.folder.deletingLastPathComponent().appendingPathComponent("Oracle/read_model.py")
        let run = try ExternalProgram.run(["python3", script.path,
                                           ThreatModelFixture.folder.appendingPathComponent(name).path])
        guard run.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: name])
        }
        return try JSONDecoder().decode(Reading.self, from: Data(run.stdout.utf8))
    }
}
