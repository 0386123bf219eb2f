import DossierTestSupport
import DossierThreatModel
import Foundation
import Testing

/// The reader against a second, independent reading of the same real files
/// by `Oracle/read_model.py` (Python's xml.etree and json).
@Suite struct IndependentReadingTests {
    typealias Reading = ThreatModelOracle.Reading

    private func oracle(_ name: String) throws -> Reading { try ThreatModelOracle.read(name) }

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
