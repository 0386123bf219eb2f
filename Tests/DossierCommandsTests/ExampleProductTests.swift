import DossierTestSupport
import Foundation
import Testing

/// The example product the repository ships must pass its own check.
@Suite struct ExampleProductTests {
    @Test func exampleProductHasNoErrorsAndNoMajorFindings() throws {
        let result = try DossierBinary.run(["check", "--content", PackageRoot.exampleContent.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let summary = try #require((object as? [String: Any])?["summary"] as? [String: Int])
        #expect(summary["errors"] == 0)
        #expect(summary["major"] == 0)
        #expect((summary["items"] ?? 0) > 50)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
