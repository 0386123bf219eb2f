import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
import Testing

/// The Reviews chapter, the Third-party software chapter by category and
/// the threat model by lifecycle source, in the site, dossier.html (the
/// PDF's source) and dossier.md.
@Suite struct ReviewsAndSourcesRenderTests {
    /// RenderFixture with REV-1 naming `revision`, a reviewer whose name
    /// every output must escape, CMP-1 required and stated in LB-3, CMP-2
    /// required and stated nowhere, TH-1 from the supply chain, and
    /// maintenance and updates neither named nor justified.
    static func files(revision: String? = nil) -> [String: String] {
        var files = RenderFixture.files
        files["reviews/REV-1.md"] = files["reviews/REV-1.md"]!
            .replacingOccurrences(of: "outcome: approved\n", with: "outcome: approved-with-actions\n"
                + (revision.map { "revision: \($0)\n" } ?? "") + "actions: Reword SR-3 <&\">.\n")
            .replacingOccurrences(of: "T. Tester", with: "T. <&\"> Tester")
        files["components/CMP-1.md"] = files["components/CMP-1.md"]!
            .replacingOccurrences(of: "assets: [AS-1]", with: "software_category: required\nassets: [AS-1]")
        files["components/CMP-2.md"] = files["components/CMP-2.md"]!
            .replacingOccurrences(of: "end_of_support: 2028-06-30", with: "end_of_support: 2028-06-30\nsoftware_category: required")
        files["labeling/LB-3.md"] = files["labeling/LB-3.md"]!
            .replacingOccurrences(of: "requirements: [SR-9]", with: "requirements: [SR-9]\ncomponents: [CMP-1]")
        files["threats/TH-1.md"] = files["threats/TH-1.md"]!
            .replacingOccurrences(of: "stride: [spoofing, tampering]", with: "stride: [spoofing, tampering]\nsources: [supply-chain]")
        files["dossier.yml"] = files["dossier.yml"]!.replacingOccurrences(of: "maintenance-update: Not field-updatable, ",
                                                                          with: "")
        return files
    }

    @Test func everyOutputHasTheReviewsChapter() throws {
        let build = try RenderFixture.build(Self.files())
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/reviews.html")
        let html = OutputTree.text(build.files, "dossier.html")
        let markdown = OutputTree.text(build.files, "dossier.md")
        for output in [page, html] {
            #expect(output.contains("<td>T. &lt;&amp;&quot;&gt; Tester</td><td>tester</td><td>no</td>"))
            #expect(output.contains("<td>C. Clinician</td><td>clinical</td><td>yes</td>"))
            #expect(output.contains("<strong>Actions:</strong> Reword SR-3 &lt;&amp;&quot;&gt;."))
            #expect(output.contains("<span class=\"badge open\">approved with actions</span>"))
            #expect(output.contains("Latest approval of the security requirements"))
            #expect(output.contains("It names no revision, so what changed since it cannot be listed."))
            #expect(output.contains("The security requirements were last approved in REV-1 on 2026-05-04."))
        }
        #expect(html.contains("<li><a href=\"#chapter-reviews\">Reviews</a></li>"))
        #expect(html.contains("<h2 class=\"chapter\" id=\"chapter-reviews\">Reviews</h2>"))
        #expect(OutputTree.text(build.files, "site/index.html").contains("href=\"reviews.html\">Reviews</a>"))
        #expect(markdown.contains("## Reviews"))
        #expect(markdown.contains("| 2026-05-04 | [REV-1](#item-REV-1) Security requirements review of release 1.0 | "
            + "security requirements | approved with actions | not named |"))
        #expect(markdown.contains("| C. Clinician | clinical | yes |"))
    }

    @Test func aComparedReviewListsWhatChangedSinceItsRevision() throws {
        let fixture = try ProjectFixture(files: Self.files(revision: "../seen"))
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: fixture.url, to: fixture.root.appendingPathComponent("seen"))
        try fixture.write("security/SR-3.md", CleanProject.files["security/SR-3.md"]!
            .replacingOccurrences(of: "shall apply", with: "shall enforce"))
        let output = fixture.root.appendingPathComponent("output")
        _ = try Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil).build(into: output, templates: nil)
        let files = try OutputTree.read(output)
        let page = OutputTree.text(files, "site/reviews.html")
        #expect(page.contains("1 item of the security requirements added or changed since ../seen, not yet reviewed:"))
        #expect(page.contains("<ul class=\"changed-since\"><li>"))
        #expect(page.contains("href=\"items/SR-3.html\""))
        let markdown = OutputTree.text(files, "dossier.md")
        #expect(markdown.contains("- [SR-3](#item-SR-3) Cryptography control for dose commands"))
    }

    @Test func theSoftwareChapterGroupsComponentsByCategory() throws {
        let build = try RenderFixture.build(Self.files())
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/software.html")
        let markdown = OutputTree.text(build.files, "dossier.md")
        for output in [page, OutputTree.text(build.files, "dossier.html")] {
            #expect(output.contains("<h4 id=\"software-required\">Required software</h4>"))
            #expect(!output.contains("id=\"software-maintained\""), "a category without a component is left out")
            #expect(output.contains("Stated in <a"))
            #expect(output.contains("<span class=\"badge gap\">transfer of risk not stated</span>"))
        }
        #expect(markdown.contains("### Required software"))
        #expect(markdown.contains("Stated in [LB-3](#item-LB-3)"))
        #expect(markdown.contains("**Transfer of risk not stated.**"))
        #expect(OutputTree.text(build.files, "site/labeling.html").contains("Software it speaks of:"))
    }

    @Test func theThreatModelIsShownPerLifecycleSource() throws {
        let build = try RenderFixture.build(Self.files())
        defer { build.fixture.remove() }
        // In the Threat model chapter (SPEC §15.3), not in the risk assessment.
        #expect(!OutputTree.text(build.files, "site/risk.html").contains("threat-sources"))
        let dossier = OutputTree.text(build.files, "dossier.html")
        let threatModelChapter = try #require(dossier.components(separatedBy: "id=\"chapter-threat-model\"").last?
            .components(separatedBy: "<h2 class=\"chapter\"").first)
        for output in [OutputTree.text(build.files, "site/threat-model.html"), threatModelChapter] {
            #expect(output.contains("<h3 id=\"threat-sources\">Lifecycle threat sources</h3>"))
            let supplyChain = try #require(output.components(separatedBy: "<tr id=\"threat-source-supply-chain\">").last)
            #expect(supplyChain.prefix(300).contains("TH-1"))
            #expect(output.contains("<span class=\"badge justified\">not applicable</span> No keys are loaded in the factory"))
            let maintenance = try #require(output.components(separatedBy: "<tr id=\"threat-source-maintenance-update\">").last)
            #expect(maintenance.prefix(200).contains("<span class=\"badge gap\">not considered</span>"))
        }
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("| Maintenance and updates | **Not considered.** |"))
        #expect(markdown.contains("| Manufacturing | Not applicable: No keys are loaded in the factory |"))
    }
}
