import DossierAnalyze
import DossierModel
import DossierTestSupport
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

/// The examples of `dossier explain` and docs/rules.md are pasted into
/// files by authors: an item example must read without an input error (a
/// missing `phases` stopped the check the example was meant to show).
@Suite struct RuleExampleTests {
    @Test func everyItemExampleReadsWithoutAnInputErrorOfItsOwn() throws {
        for rule in RuleCatalog.all {
            for example in [rule.documentation.failingExample, rule.documentation.passingExample] {
                let lines = example.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
                guard lines.first?.hasPrefix("id: ") == true, lines.contains(where: { $0.hasPrefix("type: ") }),
                      !lines.contains("---") else { continue }
                let id = String(lines[0].dropFirst(4).prefix { !$0.isWhitespace })
                let errors = try ProjectFixture.inputErrors(
                    "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n-- items/\(id).md --\n---\n"
                        + lines.joined(separator: "\n") + "\n---\n")
                // Links to items the example does not show are the reader's to
                // make, and so are the revisions of the reader's repository.
                let own = errors.filter {
                    !["dangling-reference", "wrong-reference-type", "baseline-unreadable"].contains($0.code)
                }
                #expect(own.isEmpty, "\(rule.id.rawValue): \(own.map(\.message))")
            }
        }
    }
}
