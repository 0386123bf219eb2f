@testable import DossierAnalyze
import DossierLoad
import DossierModel
import DossierParse
import DossierPipeline
import DossierTestSupport
import Testing

/// The preview keeps item rules' violations for the items an edit did not
/// touch; what it reports is what a fresh check reports.
@Suite struct ItemRuleMemoTests {
    static let files = CleanProject.with(AmbiguousWordingTests.requirement(body: "The list is adequate."),
                                         alsoVerifying: ["REQ-2"])

    @Test func unchangedItemsKeepTheirViolationsAndEditedOnesAreJudgedAgain() throws {
        let fixture = try ProjectFixture(files: Self.files)
        defer { fixture.remove() }
        let pipeline = Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil)
        let cache = ParseCache()
        let memo = ItemRuleMemo()

        let first = pipeline.check(ContentLoader().load(from: fixture.url), cache: cache, memo: memo)
        #expect(first.findings == pipeline.check().findings)
        #expect(first.findings.map(\.rule).contains(.ambiguousWording))
        #expect(memo.reused == 0)

        let again = pipeline.check(ContentLoader().load(from: fixture.url), cache: cache, memo: memo)
        #expect(again.findings == first.findings)
        #expect(memo.reused > 0, "the items parsed from unchanged files are the ones seen before")

        let edited = try #require(Self.files["requirements/REQ-2.md"])
        try fixture.write("requirements/REQ-2.md", edited.replacingOccurrences(of: "adequate", with: "sorted"))
        let after = pipeline.check(ContentLoader().load(from: fixture.url), cache: cache, memo: memo)
        #expect(after.findings == pipeline.check().findings)
        #expect(!after.findings.map(\.rule).contains(.ambiguousWording))
    }
}
