import DossierAnalyze
import DossierModel
import Testing

/// A rule that is written but never run, or run but never named, is a
/// defect no other test would see.
@Suite struct RuleCatalogTests {
    @Test func theCatalogRunsExactlyTheRulesThatHaveAnID() {
        #expect(RuleCatalog.all.map(\.id).sorted() == RuleID.allCases.sorted())
        #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count)
    }

    @Test func everyRuleIsDocumentedWholly() {
        for rule in RuleCatalog.all {
            let documentation = rule.documentation
            for text in [documentation.clause, documentation.summary, documentation.rationale, documentation.remedy,
                         documentation.failingExample, documentation.passingExample] {
                #expect(!text.isEmpty, "\(rule.id.rawValue) has an empty part in its documentation")
            }
            #expect(documentation.failingExample != documentation.passingExample)
        }
    }
}
