import DossierLink
import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// A failed verification is evidence that a control does not work: every
/// output shows the result beside the verification, and the threat it
/// should mitigate is "verification failed", never "covered".
@Suite struct FailedVerificationTests {
    /// The render fixture with VER-2 failing SR-9, which mitigates TH-3 in operation.
    static var files: [String: String] {
        var files = RenderFixture.files
        files["verification/VER-2.md"] = """
            ---
            id: VER-2
            type: verification
            title: Penetration test of the dose history store
            method: test
            result: fail
            verifies: [SR-9]
            ---
            The key was readable over the debug port.

            """
        return files
    }

    @Test func theThreatRowOfTheMatrixIsVerificationFailed() throws {
        let fixture = try ProjectFixture(files: Self.files)
        defer { fixture.remove() }
        let graph = try #require(fixture.check().graph)
        let matrix = graph.phaseMatrix(for: LifecyclePhase("operation"))
        let row = try #require(matrix.rows.first { graph[$0.threat].id == "TH-3" })
        #expect(row.status == .verificationFailed)
        #expect(row.status.rawValue == "verification-failed")
        #expect(row.status.title == "Verification failed")
        #expect(matrix.count(.verificationFailed) == 1)
        #expect(matrix.count(.unverified) == 0)
    }

    @Test func thePhaseMatrixAndSummaryShowTheFailure() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/phases/operation.html")
        #expect(page.contains(#"<span class="badge verification-failed">Verification failed</span>"#))
        #expect(page.contains(#"<a class="id" href="../items/VER-2.html">VER-2</a> test <span class="badge fail">fail</span>"#))
        #expect(page.contains(#"<span class="badge failed">failed</span> 3 threats apply in operation: 1 covered, 0 with verification open, 1 with a failed verification"#))
        #expect(!page.contains("Covered, verification open"))
        let index = OutputTree.text(build.files, "site/index.html")
        #expect(index.contains("<th>Verification failed</th>"))
        #expect(index.contains(#"<td><a href="phases/operation.html">Operation</a></td><td>3</td><td>1</td><td>0</td><td>1</td><td>0</td>"#))
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(#"<span class="badge verification-failed">Verification failed</span>"#))
        #expect(html.contains("a threat whose mitigation failed a verification is <em>verification failed</em>, never covered"))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("[VER-2](#item-VER-2): fail"))
        #expect(markdown.contains("| Verification failed |"))
        #expect(markdown.contains("| [Operation](#phase-operation) | 3 | 1 | 0 | 1 | 0 |"))
    }

    @Test func aRequirementPageShowsEachVerificationWithItsResultAndItsState() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items/SR-9.html")
        #expect(page.contains(#"<th>Verified by</th><td><a class="id" href="../items/VER-1.html" title="Security test campaign of release 1.0">VER-1</a> <span class="badge pass">pass</span>"#))
        #expect(page.contains(#"VER-2</a> <span class="badge fail">fail</span>"#))
        #expect(page.contains(#"<tr><th>Verification</th><td><span class="badge failed">failed</span> VER-2</td></tr>"#))
        let threat = OutputTree.text(build.files, "site/items/TH-3.html")
        #expect(threat.contains(#"<tr><th>Coverage in operation</th><td><span class="badge verification-failed">Verification failed</span> SR-9</td></tr>"#))
        #expect(threat.contains(#"<tr><th>Coverage in decommissioning</th><td><span class="badge gap">Gap</span> </td></tr>"#))
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(##"<a class="id" href="#item-VER-2" title="Penetration test of the dose history store">VER-2</a> <span class="badge fail">fail</span>"##))
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.contains("| Verified by | [VER-1](#item-VER-1) (pass) [VER-2](#item-VER-2) (fail)  |"))
        #expect(markdown.contains("| Verification | failed (VER-2) |"))
        #expect(markdown.contains("| Verification | passed (VER-1) |"), "a passed requirement names its verifications")
    }

    @Test func traceCSVMarksThePathVerificationFailed() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let rows = OutputTree.text(build.files, "trace.csv").components(separatedBy: "\r\n")
        #expect(rows.contains { $0.hasPrefix("TH-3,") && $0.contains(",VER-2,test,fail,verification-failed") })
        #expect(rows.contains { $0.hasPrefix("TH-3,") && $0.hasSuffix(",VER-1,test,pass,phase-gap,threat-mitigation") })
    }

    /// A penetration test that names the threat itself has a row of its own,
    /// with no security requirement; one that verifies a mitigation shows on
    /// that requirement's row, its kind in the last column.
    @Test func traceCSVListsTheAdversarialTestsOfAThreat() throws {
        var files = Self.files
        files["verification/VER-2.md"] = files["verification/VER-2.md"]!
            .replacingOccurrences(of: "method: test\n", with: "method: test\nkind: penetration\n")
        files["verification/VER-3.md"] = """
            ---
            id: VER-3
            type: verification
            title: Fuzzing of the dose history parser
            method: test
            kind: fuzz
            result: not-run
            threats: [TH-3]
            ---
            Coverage-guided fuzzing of the parser for 24 hours.

            """
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let rows = OutputTree.text(build.files, "trace.csv").components(separatedBy: "\r\n")
        #expect(rows.first?.hasSuffix(",status,verification_kind") == true)
        let direct = try #require(rows.first { $0.hasPrefix("TH-3,") && $0.contains(",VER-3,") })
        #expect(direct.hasSuffix(",VER-3,test,not-run,verification-open,fuzz"))
        let fields = direct.components(separatedBy: ",")
        #expect(fields.count == 13 && fields[4...6].allSatisfy(\.isEmpty),
                "the test names the threat, not a security requirement: \(direct)")
        #expect(rows.contains { $0.hasPrefix("TH-3,") && $0.contains(",SR-9,") && $0.hasSuffix(",VER-2,test,fail,verification-failed,penetration") })
        #expect(rows.filter { $0.contains(",VER-3,") }.count == 1, "one row per test and threat")
    }

    @Test func dossierJSONCountsTheFailureAndGivesEachResult() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let json = try #require(try JSONSerialization.jsonObject(with: build.files["dossier.json"] ?? Data()) as? [String: Any])
        let coverage = try #require(json["coverage"] as? [[String: Any]])
        let operation = try #require(coverage.first { $0["phase"] as? String == "operation" })
        #expect(operation["failed"] as? Int == 1)
        let rows = try #require(operation["rows"] as? [[String: Any]])
        let row = try #require(rows.first { $0["threat"] as? String == "TH-3" })
        #expect(row["status"] as? String == "verification-failed")
        let results = (row["verifications"] as? [[String: String]])?.map { "\($0["verification"] ?? ""): \($0["result"] ?? "")" }
        #expect(results == ["VER-1: pass", "VER-2: fail"])
        let items = try #require(json["items"] as? [[String: Any]])
        let requirement = try #require(items.first { $0["id"] as? String == "SR-9" })
        let verification = requirement["verification"] as? [String: Any]
        #expect(verification?["state"] as? String == "failed")
        #expect(verification?["results"] as? [String: String] == ["VER-1": "pass", "VER-2": "fail"])
    }
}
