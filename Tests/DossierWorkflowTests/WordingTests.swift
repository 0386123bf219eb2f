import DossierTestSupport
import Foundation
import Testing

/// "a"/"an" agrees with the word after it.
@Suite("wording")
struct WordingTests {
    @Test("a link to the wrong type names it with the right article")
    func article() throws {
        let project = try ProjectFixture.starterProject()
        try project.write("threats/TH-099.md", """
            ---
            id: TH-099
            type: threat
            title: Wrong links
            phases: [operation]
            assets: [HZ-001]
            hazards: [AS-001]
            risk: medium
            residual_risk: low
            ---
            """)
        let run = try DossierBinary.run(["check"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("but AS-001 is an asset;"), "\(run.stderr)")
        #expect(run.stderr.contains("but HZ-001 is a hazard;"), "\(run.stderr)")
    }
}
