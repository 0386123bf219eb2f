import DossierTestSupport
import Foundation
import Testing

/// docs/format.md, "Exit status": 0 done, 1 findings at or above --fail-on, 2 input errors, 64 wrong usage.
@Suite struct ExitStatusTests {
    @Test func cleanProjectExitsZero() throws {
        let result = try check(CleanProject.files)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "16 items: 0 errors, 0 major findings, 0 minor findings\n")
    }

    @Test func majorFindingExitsOneByDefault() throws {
        #expect(try check(projectWithMajorFinding).status == 1)
    }

    @Test func majorFindingExitsZeroWhenFailingOnNever() throws {
        #expect(try check(projectWithMajorFinding, ["--fail-on", "never"]).status == 0)
    }

    @Test func minorFindingExitsZeroByDefault() throws {
        #expect(try check(projectWithMinorFinding).status == 0)
    }

    @Test func minorFindingExitsOneWhenFailingOnMinor() throws {
        #expect(try check(projectWithMinorFinding, ["--fail-on", "minor"]).status == 1)
    }

    @Test func majorFindingExitsOneWhenFailingOnMinor() throws {
        #expect(try check(projectWithMajorFinding, ["--fail-on", "minor"]).status == 1)
    }

    @Test(arguments: [["--fail-on", "major"], ["--fail-on", "minor"], ["--fail-on", "never"], ["--format", "json"]])
    func inputErrorExitsTwoWhateverTheOptions(arguments: [String]) throws {
        #expect(try check(projectWithInputError, arguments).status == 2)
    }

    @Test func missingContentFolderExitsTwo() throws {
        let result = try DossierBinary.run(["check", "--content", "/nonexistent/dossier-content"])
        #expect(result.status == 2)
        // The folder is the place: it has no dossier.yml, nor a line.
        #expect(result.stderr.hasPrefix("/nonexistent/dossier-content: error: [config-invalid] content folder "
                                        + "/nonexistent/dossier-content does not exist"))
    }

    @Test func aFileGivenAsTheContentFolderExitsTwo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString).yml").path
        try Data("product: {}\n".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try DossierBinary.run(["check", "--content", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a file; --content takes the folder that holds dossier.yml"))
        #expect(try DossierBinary.run(["check", "--content", ""]).status == 64)
    }

    /// A malformed SOURCE_DATE_EPOCH dated the dossier "undated" in silence.
    @Test func aMalformedSourceDateEpochIsWrongUsage() throws {
        let result = try DossierBinary.run(["check", "--content", "/nonexistent/dossier-content"],
                                           environment: ["SOURCE_DATE_EPOCH": "abc"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH is 'abc', not a whole number of seconds"))
    }

    @Test func serveWithoutAContentFolderExitsTwoAtOnce() throws {
        let result = try DossierBinary.run(["serve", "--content", "/nonexistent/dossier-content", "--port", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: content folder /nonexistent/dossier-content does not exist"))
    }

    @Test(arguments: [["--frobnicate"], ["--format", "yaml"], ["--fail-on", "critical"], ["extra-argument"]])
    func wrongUsageExitsSixtyFour(arguments: [String]) throws {
        let result = try check(CleanProject.files, arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"))
    }

    @Test func unknownSubcommandExitsSixtyFour() throws {
        let result = try DossierBinary.run(["publish"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("did you mean"))
    }

    @Test(arguments: [("chek", "check"), ("biuld", "build"), ("nwe", "new"), ("int", "init"), ("shcema", "schema")])
    func aMistypedCommandIsNamedWithTheClosestOne(typed: String, meant: String) throws {
        let result = try DossierBinary.run([typed])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("unknown command '\(typed)'; did you mean '\(meant)'?"), "\(result.stderr)")
    }

    @Test func aCommandSpelledRightStillRuns() throws {
        #expect(try DossierBinary.run(["check", "--help"]).status == 0)
        #expect(try DossierBinary.run(["help", "check"]).status == 0)
    }

    @Test func contentFolderDefaultsToContentInTheWorkingFolder() throws {
        let fixture = try ProjectFixture(files: projectWithMajorFinding)
        defer { fixture.remove() }
        let result = try DossierBinary.run(["check"], in: fixture.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("content/threats/TH-2.md:1: major: [unmitigated-threat] TH-2 "))
    }
}
