import DossierTestSupport
import Foundation
import Testing

/// `make docs` regenerates docs/ with the binary's hidden options; run on
/// the committed files they must change nothing.
@Suite struct DocsGeneratorTests {
    private func committed(_ name: String) throws -> String {
        try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    @Test func explainWritesTheRuleReference() throws {
        let result = try DossierBinary.run(["explain", "--markdown-reference"])
        #expect(result.status == 0)
        #expect(result.stdout == (try committed("rules.md")))
    }

    @Test func schemaRewritesOnlyTheFieldTablesOfTheFormatReference() throws {
        let path = PackageRoot.url.appendingPathComponent("docs/format.md").path
        let result = try DossierBinary.run(["schema", "--format-reference", path])
        #expect(result.status == 0)
        #expect(result.stdout == (try committed("format.md")))
    }

    @Test func aFileWithoutTheMarkersIsAUsageError() throws {
        let readme = PackageRoot.url.appendingPathComponent("README.md").path
        let result = try DossierBinary.run(["schema", "--format-reference", readme])
        #expect(result.status == 64)
        #expect(result.stdout == "")
    }
}
