@testable import DossierRender
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// The attack surface and risk assessment chapters, in the site, dossier.html
/// and dossier.md (FDA premarket guidance Appendix 2 and §V.A.2).
@Suite struct AttackSurfaceAndRiskTests {
    @Test func attackSurfaceChapterListsEachInterfaceWithItsStatusInEveryOutput() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let site = OutputTree.text(build.files, "site/attack-surface.html")
        let single = OutputTree.text(build.files, "dossier.html")
        let markdown = OutputTree.text(build.files, "dossier.md")
        for html in [site, single] {
            // SR-9, which protects IF-WIFI, is a draft (InterfaceProtectionTests has the rest).
            #expect(html.contains("<span class=\"badge protected-by-draft\">protected by a draft requirement</span>"))
            #expect(html.contains("<span class=\"badge unprotected\">unprotected</span>"))
            #expect(html.contains("<span class=\"badge not-threat-modelled\">not threat-modelled</span>"))
            #expect(html.contains("<span class=\"badge unused\">unused and unprotected</span>"))
            #expect(html.contains("WPA3-Personal"))
            #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\""))
        }
        #expect(single.contains("<h2 class=\"chapter\" id=\"chapter-attack-surface\">Attack surface</h2>"))
        #expect(markdown.contains("## Attack surface"))
        #expect(markdown.contains("| [IF-WIFI](#item-IF-WIFI) Home Wi-Fi | wireless | adjacent | yes | IEEE 802.11ax | "
            + "WPA3-Personal | WPA3 (SAE, AES-CCMP) | [TH-2](#item-TH-2)  | [SR-9](#item-SR-9)  | protected by a draft requirement |"))
        #expect(markdown.contains("4 interfaces (1 not in use): 0 protected, 1 protected by a draft requirement, 1 unprotected, "
            + "1 not threat-modelled, 1 unused and unprotected; 2 gaps."))
        #expect(!markdown.contains("<svg"), "dossier.md shows tables, not pictures")
        #expect(site.contains("href=\"attack-surface.html\""), "the navigation links the page")
        #expect(OutputTree.text(build.files, "site/index.html").contains("(<a href=\"attack-surface.html\">attack surface</a>)"))
    }

    @Test func riskChapterShowsTheMethodAndEveryThreatInEveryOutput() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        for path in ["site/risk.html", "dossier.html"] {
            let html = OutputTree.text(build.files, path)
            #expect(html.contains("Method: Exploitability x severity &lt;&amp;&quot;&gt; rubric."), "\(path)")
            #expect(html.contains("Residual risk acceptable without a rationale: low. 1 threat outside the acceptable levels, "
                + "not accepted with a rationale; 1 threat scored acceptable, but contradicted by a failed verification."))
            #expect(html.contains("aria-label=\"Risk reduction matrix\""), "\(path)")
            #expect(html.contains("<span class=\"badge not-acceptable\">not acceptable</span>"), "\(path)")
        }
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("## Risk assessment"))
        #expect(markdown.contains("| high | 1 | 1 | 0 | 0 |"), "the matrix as a table: TH-1 high → low, TH-3 high → medium")
        #expect(markdown.contains("| [TH-3](#item-TH-3) Residual dose history on a returned hub | high | medium | mitigate |  "
            + "| not acceptable |"))
        #expect(OutputTree.text(build.files, "site/index.html").contains("href=\"risk.html\""))
    }

    @Test func riskTableListsThreatsOutsideTheAcceptableLevelsFirstThenByResidualRisk() throws {
        let files = CleanProject.with("""
            -- dossier.yml --
            \(ProjectFixture.minimalConfiguration)
            risk_method:
              acceptable: [low, medium]
            -- threats/TH-4.md --
            ---
            id: TH-4
            type: threat
            title: Outside, high
            phases: [operation]
            risk: critical
            residual_risk: high
            rationale: Accepted by the risk board.
            ---
            -- threats/TH-5.md --
            ---
            id: TH-5
            type: threat
            title: Not scored
            phases: [operation]
            treatment: accept
            rationale: Low exposure.
            ---
            -- threats/TH-6.md --
            ---
            id: TH-6
            type: threat
            title: Outside, critical
            phases: [operation]
            risk: high
            residual_risk: critical
            ---
            -- threats/TH-7.md --
            ---
            id: TH-7
            type: threat
            title: Acceptable, medium
            phases: [operation]
            risk: medium
            residual_risk: medium
            ---
            """)
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let graph = try #require(fixture.check().graph)
        #expect(RiskViewBuilder.order(graph).map { graph[$0].id } == ["TH-6", "TH-4", "TH-5", "TH-7", "TH-1"])
        // Above the criteria and accepted with a rationale (ISO 14971 §7.4)
        // is a decision, not a verdict of "not acceptable".
        let output = fixture.root.appendingPathComponent("out")
        try DossierPipelineBuild.build(content: fixture.url, output: output)
        let page = try String(contentsOf: output.appendingPathComponent("site/risk.html"), encoding: .utf8)
        #expect(page.contains(#"<span class="badge accepted-with-rationale">above the acceptable level; accepted with rationale</span>"#))
        #expect(page.contains("2 threats outside the acceptable levels, 1 of them accepted with a rationale."))
        #expect(page.contains(#"<span class="badge not-acceptable">not acceptable</span>"#), "TH-6 has no rationale")
    }

    @Test func everyPictureIsAnAccessibleSVG() {
        let pictures = [
            RiskMatrixChart(threats: [], acceptable: [.low]).svg,
            CoverageHeatMapChart(phases: ["Operation"], rows: [.init(title: "Authentication", counts: [0], isNotApplicable: false)]).svg,
            ThreatTraceChart(id: "TH-1", title: "T", decision: nil, phases: []).svg,
            AttackSurfaceChart(interfaces: []).svg,
        ]
        for svg in pictures {
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("role=\"img\""))
            #expect(svg.contains("aria-label=\""))
            #expect(svg.contains("<title>"))
            #expect(svg.contains("<desc>"))
            #expect(!svg.contains("<script"))
        }
    }

    @Test func everyPictureEscapesTheTextsItDraws() {
        let hostile = "<&\"> x"
        let pictures = [
            CoverageHeatMapChart(phases: [hostile], rows: [.init(title: hostile, counts: [1], isNotApplicable: false)]).svg,
            ThreatTraceChart(id: hostile, title: hostile, decision: nil, phases: [
                .init(name: hostile, title: hostile, requirements: [
                    .init(id: hostile, title: hostile, verifications: [.init(id: hostile, result: hostile, isFailed: false)]),
                ]),
            ]).svg,
            AttackSurfaceChart(interfaces: [.init(id: hostile, title: hostile, exposure: .internet, status: .protected,
                                                  isGap: false)]).svg,
        ]
        for svg in pictures {
            #expect(svg.contains("&lt;&amp;&quot;&gt; x"))
            #expect(!svg.contains(hostile))
        }
    }

    @Test func riskMatrixCountsThreatsByInitialAndResidualLevel() {
        func threat(_ risk: RiskLevel?, _ residual: RiskLevel?) -> ThreatDetails {
            var threat = ThreatDetails()
            threat.risk = risk
            threat.residualRisk = residual
            return threat
        }
        let chart = RiskMatrixChart(threats: [threat(.high, .low), threat(.high, .low), threat(.critical, .high),
                                              threat(.medium, nil)], acceptable: [.low])
        #expect(chart.count(initial: .high, residual: .low) == 2)
        #expect(chart.count(initial: .critical, residual: .high) == 1)
        #expect(chart.scored == 3 && chart.unscored == 1)
        let svg = chart.svg
        #expect(svg.contains(">2</text>"))
        #expect(svg.contains("Not in the matrix: 1 threat without both scores."))
        #expect(svg.components(separatedBy: "url(#risk-matrix-hatch)").count - 1 == 3 * 4 + 1,
                "the three unacceptable columns and the legend are hatched")
    }

    @Test func heatMapCountsSecurityRequirementsPerCategoryAndPhaseAndMarksEmptyCells() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let markdown = OutputTree.text(build.files, "dossier.md")
        // SR-1 … SR-8 hold in all four phases, SR-9 (confidentiality) in operation only.
        #expect(markdown.contains("| Confidentiality | 1 | 2 | 1 | 1 |"))
        #expect(markdown.contains("| Authentication | 1 | 1 | 1 | 1 |"))
        let empty = CoverageHeatMapChart(phases: ["Operation", "Maintenance"], rows: [
            .init(title: "Logging", counts: [0, 3], isNotApplicable: false),
            .init(title: "Updatability", counts: [0, 0], isNotApplicable: true),
        ])
        #expect(empty.emptyCells == 1)
        #expect(empty.svg.contains(">none</text>") && empty.svg.contains(">n/a</text>") && empty.svg.contains(">3</text>"))
        // Grey, not the red of a gap: a finding says when a category has none at all.
        #expect(!empty.svg.contains("#b42318"))
        #expect(OutputTree.text(build.files, "site/index.html").contains("aria-label=\"Coverage heat map"))
    }

    /// The risk method bands base scores; the vector alone left the reader to score it.
    @Test func aThreatsCVSSVectorIsShownWithItsBaseScore() throws {
        var files = RenderFixture.files
        files["threats/TH-1.md"] = try #require(files["threats/TH-1.md"]).replacingOccurrences(
            of: "type: threat\n", with: "type: threat\ncvss: CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let row = "<tr><th>CVSS</th><td>CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H (base score 8.8)</td></tr>"
        #expect(OutputTree.text(build.files, "site/items/TH-1.html").contains(row))
        #expect(OutputTree.text(build.files, "dossier.md").contains("| CVSS | CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H (base score 8.8) |"))
    }

    /// A box of the trace leads to the requirement or verification it
    /// names, on the site and inside dossier.html alike.
    @Test func threatTraceBoxesLinkToTheirItems() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items/TH-1.html")
        #expect(page.contains(#"<a href="../items/SR-1.html"><rect"#))
        #expect(page.contains(#"<a href="../items/VER-1.html"><rect"#))
        #expect(OutputTree.text(build.files, "dossier.html").contains(##"<a href="#item-SR-1"><rect"##))
    }

    @Test func threatTraceDrawsGapsAsDashedBoxesThatSayWhatIsMissing() throws {
        let chart = ThreatTraceChart(id: "TH-1", title: "Forged dose", decision: nil, phases: [
            .init(name: "operation", title: "Operation", requirements: [
                .init(id: "SR-1", title: "Signed commands", verifications: [.init(id: "VER-1", result: "fail", isFailed: true)]),
                .init(id: "SR-2", title: "Rate limit", verifications: []),
            ]),
            .init(name: "decommissioning", title: "Decommissioning", requirements: []),
        ])
        let svg = chart.svg
        #expect(chart.gaps == 2)
        #expect(svg.contains(">no security requirement</text>") && svg.contains(">in decommissioning</text>"))
        #expect(svg.contains(">no verification</text>"))
        #expect(svg.contains(">FAILED</text>"))
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 4, "two dashed boxes and their two dashed lines")
        let accepted = ThreatTraceChart(id: "TH-2", title: "Outage", decision: "accept", phases: [
            .init(name: "operation", title: "Operation", requirements: []),
        ])
        #expect(accepted.gaps == 0)
        #expect(accepted.svg.contains(">risk accept: none needed</text>"))

        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        for path in ["site/items/TH-3.html", "dossier.html"] {
            let html = OutputTree.text(build.files, path)
            #expect(html.contains("aria-label=\"Trace of TH-3 Residual dose history on a returned hub\""), "\(path)")
            #expect(html.contains(">in decommissioning</text>"), "\(path)")
        }
        #expect(!OutputTree.text(build.files, "site/items/SR-9.html").contains("<svg"), "only threats have a trace")
    }

    @Test func attackSurfacePictureGroupsInterfacesByExposure() {
        let chart = AttackSurfaceChart(interfaces: [
            .init(id: "IF-1", title: "Cloud", exposure: .internet, status: .protected, isGap: false),
            .init(id: "IF-2", title: "Portal", exposure: .internet, status: .unprotected, isGap: true),
            .init(id: "IF-3", title: "UART", exposure: .physical, status: .notThreatModelled, isGap: true),
        ])
        let svg = chart.svg
        #expect(svg.contains(">Internet (2)</text>") && svg.contains(">Physical (1)</text>") && svg.contains(">Local (0)</text>"))
        #expect(svg.contains(">UNPROTECTED</text>") && svg.contains(">NOT THREAT-MODELLED</text>") && svg.contains(">protected</text>"))
        #expect(svg.contains("3 interfaces grouped by exposure"))
        #expect(svg.contains("2 gaps"))
        #expect(svg.range(of: "Internet (2)")!.lowerBound < svg.range(of: "Physical (1)")!.lowerBound,
                "farthest reach first")
    }
}
