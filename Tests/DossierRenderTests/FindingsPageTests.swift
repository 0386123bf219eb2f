import DossierTestSupport
import Foundation
import Testing

@Suite struct FindingsPageTests {
    /// The check prints findings by file and line; the dossier's findings
    /// chapter puts the major gaps first, since that is what a reviewer
    /// looks for.
    @Test func majorFindingsComeBeforeMinorOnesInTheRenderedDossier() throws {
        var files = RenderFixture.files
        // A minor finding in a file that sorts before the major one's (threats/TH-3.md).
        files["assets/AS-9.md"] = "---\nid: AS-9\ntype: asset\ntitle: Spare asset\n---\nNo threat names it.\n"
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        for path in ["site/findings.html", "dossier.html", "dossier.md"] {
            let text = OutputTree.text(build.files, path)
            let major = try #require(text.range(of: "threat-phase-not-covered"), "\(path) lists no major finding")
            let minor = try #require(text.range(of: "orphan-asset"), "\(path) lists no minor finding")
            #expect(major.lowerBound < minor.lowerBound, "\(path) lists a minor finding before a major one")
        }
    }
}
