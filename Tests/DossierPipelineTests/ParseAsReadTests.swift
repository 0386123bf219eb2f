import DossierLoad
import DossierModel
import DossierPipeline
import DossierTestSupport
import Testing

/// `check` and `build` parse each file as it is read and let its text go;
/// what they report is what parsing the loaded folder reports.
@Suite struct ParseAsReadTests {
    static let files = CleanProject.with("""
        -- requirements/REQ-2.md --
        ---
        id: REQ-2
        type: requirment
        title: The app shows the last ten doses
        ---
        Links to [[SR-404]].

        -- requirements/REQ-3.md --
        ---
        id: REQ-3
        type: requirement
        title: The list is adequate
        refines: [REQ-2]
        ---
        Text.

        """)

    @Test func errorsAndFindingsAreThoseOfAParseOfTheLoadedFolder() throws {
        let fixture = try ProjectFixture(files: Self.files)
        defer { fixture.remove() }
        let pipeline = Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil)
        let asRead = pipeline.check()
        let whole = pipeline.check(ContentLoader().load(from: fixture.url))
        #expect(!asRead.errors.isEmpty, "the fixture has an unknown type")
        #expect(asRead.errors.map(\.brief) == whole.errors.map(\.brief))
        #expect(asRead.findings == whole.findings)
        #expect(asRead.itemCount == whole.itemCount)
    }

    @Test func onlyFilesWithErrorsKeepTheirText() throws {
        let fixture = try ProjectFixture(files: Self.files)
        defer { fixture.remove() }
        let report = Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil).check()
        let kept = report.sources.documents.filter { !$0.text.isEmpty }.map(\.path)
        #expect(kept == ["requirements/REQ-2.md"])
        #expect(report.sources.documents.allSatisfy { !$0.sha256.isEmpty && $0.byteCount > 0 })
    }

    @Test func aCleanFolderChecksTheSameEitherWay() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let pipeline = Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil)
        let asRead = pipeline.check()
        #expect(asRead.errors.isEmpty)
        #expect(asRead.findings == pipeline.check(ContentLoader().load(from: fixture.url)).findings)
    }
}
