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
        #expect(result.stderr.contains("Known rules: ambiguous-wording, architecture-view-missing, changed-since-review, checklist-derived-requirement,"))
        #expect(result.stderr.contains("unverified-requirement"))
    }

    /// One or the other: `--list` with a rule printed the list and ignored the rule.
    @Test func aRuleWithListIsWrongUsage() throws {
        let result = try DossierBinary.run(["explain", "unmitigated-threat", "--list"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--list takes no rule"))
    }

    @Test func ruleLikeNoOtherIsNotGuessed() throws {
        let result = try DossierBinary.run(["explain", "gap"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("did you mean"))
        #expect(result.stderr.contains("Known rules: "))
    }

    @Test func listAndNoArgumentListEveryRuleThenEveryInputError() throws {
        for arguments in [["explain", "--list"], ["explain"]] {
            let result = try DossierBinary.run(arguments)
            #expect(result.status == 0)
            let lines = result.stdout.lines
            let errors = try #require(lines.firstIndex(of: "Input errors (they stop the build):"), "\(arguments)")
            #expect(lines[..<errors].filter { !$0.isEmpty }.count == RuleID.allCases.count, "\(arguments)")
            #expect(lines[(errors + 1)...].count == InputErrorDescription.all.count, "\(arguments)")
            #expect(lines.contains { $0.hasPrefix("orphan-asset ") && $0.contains("  minor  ") })
            #expect(lines.contains { $0.hasPrefix("dangling-reference ") })
        }
    }

    /// `check` prints `[dangling-reference]` as it prints `[orphan-asset]`;
    /// the help promised both would explain.
    @Test func anInputErrorAsPrintedByCheckIsExplainedToo() throws {
        let result = try DossierBinary.run(["explain", "dangling-reference"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("dangling-reference (input error)\n\nA link or `[[ID]]` names an id"))
        #expect(result.stdout.contains("How to fix\n    Correct the id or path"))
        #expect(result.stdout.contains("`dossier build` writes nothing"))
    }

    @Test func thePartOfANameThatWasTypedIsEnoughForAGuess() throws {
        let result = try DossierBinary.run(["explain", "unmitigated"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: unknown rule 'unmitigated'; did you mean 'unmitigated-threat'?"))
        #expect(result.stderr.contains("Input errors: front-matter-invalid, missing-field,"))
        // Held by more than one name: no guess.
        #expect(!(try DossierBinary.run(["explain", "interface"])).stderr.contains("did you mean"))
    }
}
