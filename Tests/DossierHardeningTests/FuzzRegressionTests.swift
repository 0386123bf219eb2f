import DossierFuzzHarness
import Foundation
import Testing

/// Every input the fuzzer was seeded with or found a crash on, replayed
/// through the same harness: a crash that came back would stop this suite.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions", isDirectory: true)

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs)
    func inputRunsThroughThePipelineWithoutCrashing(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        FuzzHarness.run(bytes)
    }
}
