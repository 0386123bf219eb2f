import DossierTestSupport
import Testing

/// What `--help` shows is copied into terminals and CI files.
@Suite struct HelpTextTests {
    static let commands = [[], ["check"], ["build"], ["diff"], ["init"], ["new"], ["schema"], ["explain"], ["serve"]]

    /// An example wider than the help's 80 columns was wrapped mid-command:
    /// `>> "$GITHUB_STEP_SUMMARY"` landed on a line of its own.
    @Test(arguments: commands)
    func everyExampleIsOneWholeLine(_ command: [String]) throws {
        let help = try DossierBinary.run(command + ["--help"]).stdout
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "Examples:"), "\(command)")
        let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(!examples.isEmpty)
        for line in examples {
            #expect(line.hasPrefix("  dossier ") || line.hasPrefix("  $EDITOR "), "\(command): \(line)")
        }
    }

    @Test func diffShowsItsBaselineAsRequired() throws {
        let help = try DossierBinary.run(["diff", "--help"]).stdout
        #expect(help.contains(" --baseline <ref> ") && !help.contains("[--baseline <ref>]"))
        let missing = try DossierBinary.run(["diff"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '--baseline <ref>'"))
    }
}
