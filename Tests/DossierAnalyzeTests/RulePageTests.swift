import DossierAnalyze
import DossierModel
import Testing

/// A rule's page holds every part of its documentation, in the order a
/// reader asks for them.
@Suite struct RulePageTests {
    @Test func textShowsEveryPartInOrder() throws {
        let documentation = RuleCatalog.rule(.unmitigatedThreat).documentation
        let page = RulePage.text(of: documentation)
        var rest = Substring(page)
        for part in ["unmitigated-threat (major by default", documentation.clause, documentation.summary,
                     "Why it matters", documentation.rationale, "How to fix", documentation.remedy,
                     "Raises the finding:", "Passes:", "rules:\n      unmitigated-threat: minor"] {
            let range = try #require(rest.range(of: part), "\(part)")
            rest = rest[range.upperBound...]
        }
    }

    @Test func examplesAreIndentedAsBlocks() {
        let page = RulePage.text(of: RuleCatalog.rule(.ambiguousWording).documentation)
        #expect(page.contains("Raises the finding:\n    id: SR-010\n    type: security-requirement\n"))
    }

    @Test func markdownHasAnIndexRowAndASectionPerRule() {
        let markdown = RulePage.markdown(catalog: RuleCatalog.all)
        for rule in RuleCatalog.all {
            #expect(markdown.contains("| [`\(rule.id.rawValue)`](#\(rule.id.rawValue)) |"))
            #expect(markdown.contains("\n## \(rule.id.rawValue)\n"))
        }
    }
}
