import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// `dossier explain`: a rule's page from the command line, and a usage
/// error that points to the right rule when the id is mistyped.
@Suite struct ExplainCommandTests {
    @Test func printsTheRulePageOnStandardOutput() throws {
        let result = try DossierBinary.run(["explain", "checklist-derived-requirement"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("checklist-derived-requirement (major by default; IEC 81001-5-1 §5.2.1"))
        for heading in ["Why it matters", "How to fix", "Raises the finding:", "Passes:", "rules:"] {
            #expect(result.stdout.contains(heading), "\(heading)")
        }
    }

    @Test func unknownRuleNamesTheClosestAndEveryRuleAndExits64() throws {
        let result = try DossierBinary.run(["explain", "unmitigated-threats"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: unknown rule 'unmitigated-threats'; did you mean 'unmitigated-threat'?"))
        #expect(result.stderr.contains("Known rules: ambiguous-wording, checklist-derived-requirement,"))
        #expect(result.stderr.contains("unverified-requirement"))
    }

    @Test func ruleLikeNoOtherIsNotGuessed() throws {
        let result = try DossierBinary.run(["explain", "gap"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("did you mean"))
        #expect(result.stderr.contains("Known rules: "))
    }

    @Test func listAndNoArgumentListEveryRule() throws {
        for arguments in [["explain", "--list"], ["explain"]] {
            let result = try DossierBinary.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.lines.count == RuleID.allCases.count, "\(arguments)")
            #expect(result.stdout.lines.contains { $0.hasPrefix("orphan-asset ") && $0.contains("  minor  ") })
        }
    }
}
