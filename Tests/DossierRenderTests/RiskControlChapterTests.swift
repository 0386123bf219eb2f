import DossierTestSupport
import Foundation
import Testing

/// The security testing, ISO 14971 linkage and accompanying documentation
/// chapters, in the site, dossier.html and dossier.md.
@Suite struct RiskControlChapterTests {
    static func outputs() throws -> [String: String] {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        return build.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func eachChapterIsASitePageLinkedFromNavigationAndDashboard() throws {
        let files = try Self.outputs()
        for page in ["security-testing", "risk-controls", "labeling"] {
            #expect(files["site/\(page).html"] != nil, "\(page)")
            #expect(files["site/index.html"]?.components(separatedBy: "href=\"\(page).html\"").count == 3,
                    "navigation and dashboard link \(page)")
            #expect(files["site/items/TH-1.html"]?.contains("href=\"../\(page).html\"") == true)
        }
        let html = try #require(files["dossier.html"])
        for anchor in ["chapter-security-testing", "chapter-risk-controls", "chapter-labeling"] {
            #expect(html.contains("<li><a href=\"#\(anchor)\">"), "contents list \(anchor)")
            #expect(html.contains("<h2 class=\"chapter\" id=\"\(anchor)\">"))
        }
        let markdown = try #require(files["dossier.md"])
        for heading in ["## Security testing", "## ISO 14971 linkage", "## Accompanying documentation"] {
            #expect(markdown.contains("\n\(heading)\n"))
        }
    }

    @Test func securityTestingShowsHowEachThreatWasReachedFailedFirst() throws {
        let page = try #require(try Self.outputs()["site/security-testing.html"])
        // TH-1: named by the failed penetration test, and reached through SR-1 by VER-1.
        #expect(page.contains(#"<a class="id" href="items/VER-2.html">VER-2</a> penetration <span class="badge fail">fail</span> <span class="muted">names the threat</span>"#))
        #expect(page.contains(#"<a class="id" href="items/VER-1.html">VER-1</a> threat-mitigation <span class="badge pass">pass</span> <span class="muted">through SR-1</span>"#))
        #expect(page.contains("through SR-9"), "TH-3 reached through its security requirement")
        let th1 = try #require(page.range(of: "items/TH-1.html\""))
        let th3 = try #require(page.range(of: "items/TH-3.html\""))
        #expect(th1.lowerBound < th3.lowerBound, "the threat whose attack failed comes first")
        #expect(page.contains(#"<h4 id="tests-penetration">Penetration tests <span class="muted">(adversarial)</span></h4>"#))
        // By kind, an adversarial test lists the threats it reached as the
        // table above counts them: named, or through what it verifies.
        let byKind = try #require(page.range(of: #"<h4 id="tests-threat-mitigation">"#))
        let section = page[byKind.lowerBound...].split(separator: "</table>").first ?? ""
        #expect(section.contains("<th>Threats attacked</th>"))
        #expect(section.contains(#">TH-1</a> <span class="muted">through SR-1</span>"#), "\(section)")
    }

    @Test func linkageListsCausesControlsAndTheirVerificationAndMarksTheGap() throws {
        let files = try Self.outputs()
        let page = try #require(files["site/risk-controls.html"])
        #expect(page.contains("Security requirement</span></td><td><span class=\"verification\"><a class=\"id\" href=\"items/VER-1.html\">VER-1</a> threat-mitigation <span class=\"badge pass\">pass</span>"))
        #expect(page.contains(#"<span class="badge gap">no risk control</span>"#), "HZ-2: caused by TH-4, controlled by nothing")
        #expect(files["dossier.md"]?.contains("no risk control") == true)
    }

    @Test func accompanyingDocumentationGroupsLabelingByKindWithItsLinksAndText() throws {
        let files = try Self.outputs()
        let page = try #require(files["site/labeling.html"])
        #expect(page.contains(#"<h3 id="labeling-security-configuration">Security configuration</h3>"#))
        #expect(page.contains("<p>Use WPA3 or WPA2 with a passphrase of at least 12 characters.</p>"))
        #expect(page.contains("Risks disclosed:"))
        #expect(page.contains("Controls it explains to the user:"))
        #expect(page.contains("IFU §4.2"))
        let markdown = try #require(files["dossier.md"])
        #expect(markdown.contains("Use WPA3 or WPA2 with a passphrase of at least 12 characters."))
    }

    @Test func matricesShowAcceptanceCriteriaAndAdversarialCoverage() throws {
        let files = try Self.outputs()
        let operation = try #require(files["site/phases/operation.html"])
        #expect(operation.contains(#"<div class="acceptance"><span class="muted">Acceptance:</span> A flash dump of the hub shows no dose in clear text.</div>"#))
        #expect(operation.contains("<th>Acceptance criteria</th>"))
        #expect(operation.contains(#"<a class="id" href="../items/VER-2.html">VER-2</a> penetration"#))
        let decommissioning = try #require(files["site/phases/decommissioning.html"])
        #expect(!decommissioning.contains("not attacked"), "TH-3 is attacked through SR-9")
    }

    @Test func threatPageNamesEachKindOfSource() throws {
        let files = try Self.outputs()
        let threat = try #require(files["site/items/TH-1.html"])
        #expect(threat.contains("Mitigated by"))
        #expect(threat.contains("Tested by"))
        #expect(try #require(files["site/items/TH-4.html"]).contains("Disclosed in"))
        let hazard = try #require(files["site/items/HZ-1.html"])
        #expect(hazard.contains("Threats leading to it"))
        #expect(hazard.contains("Risk control requirements"))
    }
}
