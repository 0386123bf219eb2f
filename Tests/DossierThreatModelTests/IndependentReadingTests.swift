import DossierTestSupport
import DossierThreatModel
import Foundation
import Testing

/// The reader against a second, independent reading of the same real files
/// by `Oracle/read_model.py` (Python's xml.etree and json).
@Suite struct IndependentReadingTests {
    struct Reading: Decodable, Equatable {
        struct Diagram: Decodable, Equatable {
            var name: String
            var elements: [String]
            var boundaries: [String]
            var flows: [String]
        }

        struct Threat: Decodable, Equatable {
            var key: String
            var state: String
        }

        var diagrams: [Diagram]
        var threats: [Threat]
    }

    private func oracle(_ name: String) throws -> Reading {
        let script = ThreatModelFixture.folder.deletingLastPathComponent().appendingPathComponent("Oracle/read_model.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, ThreatModelFixture.folder.appendingPathComponent(name).path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try JSONDecoder().decode(Reading.self, from: data)
    }

    static let files = ThreatModelFixture.threatModelingToolFiles + ThreatModelFixture.threatDragonFiles

    @Test(arguments: files)
    func diagramsMatchAnIndependentReading(name: String) throws {
        let expected = try oracle(name)
        let document = try ThreatModelReader.read(try ThreatModelFixture.data(name), path: name)
        let diagrams = document.diagrams.map {
            Reading.Diagram(name: $0.name, elements: $0.elements.map(\.name), boundaries: $0.boundaries.map(\.name),
                            flows: $0.flows.map(\.name))
        }
        #expect(diagrams == expected.diagrams)
    }

    @Test(arguments: files)
    func threatsByStateMatchAnIndependentReading(name: String) throws {
        let expected = try oracle(name)
        let document = try ThreatModelReader.read(try ThreatModelFixture.data(name), path: name)
        #expect(document.threats.map(\.key) == expected.threats.map(\.key))
        func counts(_ states: [String]) -> [String: Int] { states.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        #expect(counts(document.threats.map(\.state.rawValue)) == counts(expected.threats.map(\.state)))
    }
}
