@testable import DossierRender
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// What the trace decides about an item (security relevance, interface
/// protection, residual risk, coverage) reads the same in the pages, the
/// single files and the export, and as the rules decide it (SPEC §17.2).
@Suite struct TraceStatusTests {
    /// The item `id` of the build's dossier.json.
    static func exported(_ id: String, in files: [String: Data]) throws -> [String: Any] {
        let export = try #require(try JSONSerialization.jsonObject(with: files["dossier.json"] ?? Data()) as? [String: Any])
        let items = try #require(export["items"] as? [[String: Any]])
        return try #require(items.first { $0["id"] as? String == id })
    }

    @Test func aRequirementNamingAnInterfaceIsSecurityRelevantInEveryOutput() throws {
        var files = RenderFixture.files
        files["requirements/REQ-2.md"] = """
            ---
            id: REQ-2
            type: requirement
            title: The hub reports its status to the service app
            security_relevant: false
            interfaces: [IF-API]
            ---

            """
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items/REQ-2.html")
        #expect(page.contains("<tr><th>Security-relevant</th><td>yes (names IF-API)</td></tr>"))
        #expect(page.contains("unsecured-functional-requirement"), "the finding and the field now agree")
        #expect(OutputTree.text(build.files, "site/items/REQ-1.html")
            .contains("<tr><th>Security-relevant</th><td>yes</td></tr>"), "flagged, naming nothing")
        let secured = #"REQ-2</a> The hub reports its status to the service app<br><span class="muted">names IF-API</span>"#
        #expect(OutputTree.text(build.files, "site/index.html").contains(secured))
        #expect(OutputTree.text(build.files, "dossier.html").contains(secured))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("| Security-relevant | yes (names IF-API) |"))
        #expect(markdown.contains("The hub reports its status to the service app (names IF-API) | "))
        let relevance = try #require(try Self.exported("REQ-2", in: build.files)["securityRelevant"] as? [String: Any])
        #expect(relevance["relevant"] as? Bool == true && relevance["flagged"] as? Bool == false)
        #expect(relevance["interfaces"] as? [String] == ["IF-API"])
    }

    /// IF-WIFI is protected by SR-9: a draft, approved and verified, or
    /// approved and not verified.
    @Test(arguments: [("draft", true, "protected-by-draft", "protected by a draft requirement"),
                      ("approved", true, "protected", "protected"),
                      ("approved", false, "protection-not-verified", "protection not verified")])
    func anInterfaceIsProtectedOnlyByAnApprovedRequirementThatPassed(status: String, verified: Bool, state: String,
                                                                     text: String) throws {
        var files = RenderFixture.files
        files["security/SR-9.md"] = try #require(files["security/SR-9.md"])
            .replacingOccurrences(of: "type: security-requirement\n", with: "type: security-requirement\nstatus: \(status)\n")
        if !verified { files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs) }
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let badge = "<span class=\"badge \(state)\">\(text)</span>"
        #expect(OutputTree.text(build.files, "site/attack-surface.html").contains(badge))
        #expect(OutputTree.text(build.files, "site/items/IF-WIFI.html")
            .contains("<tr><th>Attack surface</th><td>\(badge) SR-9</td></tr>"))
        let surface = try #require(try Self.exported("IF-WIFI", in: build.files)["attackSurface"] as? [String: Any])
        #expect(surface["state"] as? String == state && surface["protectedBy"] as? [String] == ["SR-9"])
    }

    /// VER-2, a penetration test of TH-1, failed; TH-1's residual risk is low.
    @Test func anAcceptableResidualRiskContradictedByAFailedTestSaysSoBesideTheLevel() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        for path in ["site/risk.html", "dossier.html"] {
            let html = OutputTree.text(build.files, path)
            #expect(html.contains(#"<td>high</td><td>low <a class="id" href="#), "\(path)")
            #expect(html.contains(#">VER-2</a> <span class="badge fail">fail</span></td>"#), "\(path)")
            #expect(html.contains(#"<span class="badge contradicted">contradicted: a verification failed</span>"#), "\(path)")
        }
        #expect(OutputTree.text(build.files, "dossier.md").contains(
            "| high | low ([VER-2](#item-VER-2) failed) | mitigate |  | contradicted: a verification failed |"))
        #expect(OutputTree.text(build.files, "site/items/TH-1.html").contains(
            #"<tr><th>Residual risk</th><td><span class="badge contradicted">contradicted: a verification failed</span> VER-2</td></tr>"#))
        let standing = try #require(try Self.exported("TH-1", in: build.files)["riskStanding"] as? [String: Any])
        #expect(standing["state"] as? String == "contradicted" && standing["failedVerifications"] as? [String] == ["VER-2"])
        let accepted = try #require(try Self.exported("TH-2", in: build.files)["riskStanding"] as? [String: Any])
        #expect(accepted["state"] as? String == "acceptable", "TH-2 is scored medium → low and nothing failed")
    }

    @Test func aThreatWithoutAnInitialRiskIsNotScoredNeverAcceptable() throws {
        var files = RenderFixture.files
        files["threats/TH-2.md"] = try #require(files["threats/TH-2.md"]).replacingOccurrences(of: "risk: medium\n", with: "")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let risk = OutputTree.text(build.files, "site/risk.html")
        #expect(risk.contains(#"<td>—</td><td>low</td><td>accept</td><td>The hub keeps delivering doses offline.</td>"#
            + #"<td><span class="badge not-scored">not scored</span></td>"#))
        #expect(!risk.contains(#"<span class="badge acceptable">"#), "TH-2 was the one acceptable threat")
    }

    @Test func outsideCountsSayHowManyAreAcceptedWithARationale() {
        #expect(RiskViewBuilder.outsideText([.acceptable, .notScored]) == "0 threats outside the acceptable levels")
        #expect(RiskViewBuilder.outsideText([.acceptedWithRationale])
            == "1 threat outside the acceptable levels, accepted with a rationale")
        #expect(RiskViewBuilder.outsideText(Array(repeating: .acceptedWithRationale, count: 5) + [.notAcceptable])
            == "6 threats outside the acceptable levels, 5 of them accepted with a rationale")
        #expect(RiskViewBuilder.outsideText([.contradicted(failed: [1]), .contradicted(failed: [2])])
            == "0 threats outside the acceptable levels; 2 threats scored acceptable, but contradicted by a failed verification")
    }

    @Test func theRiskPictureLabelsColumnsNotAcceptableWithoutARationale() throws {
        let svg = RiskMatrixChart(threats: [], acceptable: [.low]).svg
        #expect(svg.components(separatedBy: ">without a rationale</text>").count - 1 == 3)
        #expect(svg.contains(">not acceptable without a rationale</text>"), "the legend")
        let all = RiskMatrixChart(threats: [], acceptable: RiskLevel.allCases).svg
        #expect(!all.contains(">without a rationale</text>"), "every column acceptable")
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        #expect(OutputTree.text(build.files, "dossier.md").contains(
            "| Initial ↓ / residual → | low (acceptable) | medium (not acceptable without a rationale) |"))
    }

    /// With VER-1 a plain requirement test, nothing attacks TH-3, whose SR-9
    /// passed in operation.
    @Test(arguments: [("requirement-test", "covered-not-attacked", "Covered, not attacked"),
                      ("threat-mitigation", "covered", "Covered")])
    func aCoveredThreatNoTestAttackedReadsNotAttacked(kind: String, state: String, text: String) throws {
        var files = RenderFixture.files
        files["verification/VER-1.md"] = try #require(files["verification/VER-1.md"])
            .replacingOccurrences(of: "kind: threat-mitigation", with: "kind: \(kind)")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let phase = OutputTree.text(build.files, "site/phases/operation.html")
        #expect(phase.contains("<td><span class=\"badge \(state)\">\(text)</span></td>"))
        let notAttacked = state == "covered-not-attacked"
        #expect(phase.contains("2 covered (1 not attacked)") == notAttacked)
        #expect(OutputTree.text(build.files, "site/index.html").contains("<td>2 (1 not attacked)</td>") == notAttacked)
        #expect(OutputTree.text(build.files, "dossier.md").contains("| 2 (1 not attacked) |") == notAttacked)
        let export = try #require(try JSONSerialization.jsonObject(with: build.files["dossier.json"] ?? Data()) as? [String: Any])
        let operation = try #require((export["coverage"] as? [[String: Any]])?.first { $0["phase"] as? String == "operation" })
        #expect(operation["notAttacked"] as? Int == (notAttacked ? 1 : 0) && operation["covered"] as? Int == 2)
        let row = (operation["rows"] as? [[String: Any]])?.first { $0["threat"] as? String == "TH-3" }
        #expect(row?["status"] as? String == state)
    }

    /// The clean project's one threat, covered in every phase, attacked by
    /// VER-1 unless VER-1 is a plain requirement test.
    @Test(arguments: [("requirement-test", "covered-not-attacked"), ("threat-mitigation", "covered")])
    func traceCSVReadsAPassedPathAsTheMatrixDoes(kind: String, status: String) throws {
        var files = CleanProject.files
        files["verification/VER-1.md"] = try #require(files["verification/VER-1.md"])
            .replacingOccurrences(of: "kind: threat-mitigation", with: "kind: \(kind)")
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        #expect(OutputTree.text(build.files, "trace.csv").contains(",VER-1,test,pass,\(status),\(kind)\r\n"))
    }
}
