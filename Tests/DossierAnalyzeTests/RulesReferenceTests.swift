import DossierAnalyze
import DossierTestSupport
import Foundation
import Testing

/// docs/rules.md is generated from the rules' documentation and committed,
/// so it can be read on GitHub; this keeps the committed copy current.
@Suite struct RulesReferenceTests {
    @Test func docsRulesMatchesTheCatalog() throws {
        let url = PackageRoot.url.appendingPathComponent("docs/rules.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == RulePage.markdown(catalog: RuleCatalog.all),
                "docs/rules.md is out of date with the rules' documentation: run `make docs`")
    }
}
