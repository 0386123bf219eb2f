import DossierModel
import DossierTestSupport
import Testing

/// Every rule test adds one gap to the clean project, so it must be clean.
@Suite struct CleanProjectTests {
    @Test func cleanProjectHasNoErrorsAndNoFindings() throws {
        let report = try ProjectFixture.check(files: CleanProject.files)
        #expect(report.errors.map(\.brief) == [])
        #expect(report.findings.map(\.brief) == [])
        #expect(report.itemCount == 16)
    }
}
