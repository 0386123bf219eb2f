import DossierTestSupport
import Foundation
import Testing

/// Findings are numbered F-1, F-2, … in the order of the findings chapter,
/// the same in every output, so a nonconformity letter can cite them.
@Suite struct FindingNumberTests {
    /// One major finding (TH-9 has no security requirement) and minor ones
    /// in files that sort before it (an orphan asset) and after it (an
    /// unverified requirement).
    static let files = CleanProject.with("""
        -- assets/AS-9.md --
        ---
        id: AS-9
        type: asset
        title: Spare asset
        ---
        -- threats/TH-9.md --
        ---
        id: TH-9
        type: threat
        title: Replayed bolus command
        phases: [operation]
        assets: [AS-1]
        risk: low
        residual_risk: low
        ---
        -- requirements/REQ-9.md --
        ---
        id: REQ-9
        type: requirement
        title: The app shows the last ten doses
        ---
        """)

    struct Numbered: Decodable {
        var number: String
        var rule: String
        var severity: String
        var item: String
    }

    static func numbered(_ files: [String: Data]) throws -> [Numbered] {
        struct Export: Decodable { var findings: [Numbered] }
        return try JSONDecoder().decode(Export.self, from: try #require(files["dossier.json"])).findings
    }

    @Test func numbersFollowTheChapterMajorFirst() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let findings = try Self.numbered(build.files).sorted { Int($0.number.dropFirst(2))! < Int($1.number.dropFirst(2))! }
        #expect(findings.map(\.number) == findings.indices.map { "F-\($0 + 1)" })
        #expect(findings.count >= 3)
        #expect(findings.first?.severity == "major")
        let firstMinor = try #require(findings.firstIndex { $0.severity == "minor" })
        #expect(findings[firstMinor...].allSatisfy { $0.severity == "minor" })
        // dossier.md lists the rows in number order.
        let rows = OutputTree.text(build.files, "dossier.md").split(separator: "\n").filter { $0.hasPrefix("| F-") }
        #expect(rows.map { String($0.dropFirst(2).prefix { $0 != " " }) } == findings.map(\.number))
        // dossier.html and the site's findings page number each row.
        for path in ["dossier.html", "site/findings.html"] {
            let text = OutputTree.text(build.files, path)
            let cells = findings.map { text.range(of: "<td class=\"id\">\($0.number)</td>") }
            #expect(cells.allSatisfy { $0 != nil }, "\(path)")
            let starts = cells.compactMap { $0?.lowerBound }
            #expect(starts == starts.sorted(), "\(path) lists the findings out of number order")
        }
        // An item's page names its findings by the same numbers.
        for finding in findings where finding.item.contains("-") {
            let page = OutputTree.text(build.files, "site/items/\(finding.item).html")
            #expect(page.contains("<span class=\"id\">\(finding.number)</span>"), "\(finding.item)")
        }
    }

    /// The clause has its own column; the message does not repeat it.
    @Test func theClauseIsShownOncePerFinding() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let rows = OutputTree.text(build.files, "dossier.md").split(separator: "\n").filter { $0.hasPrefix("| F-") }
        let unmitigated = try #require(rows.first { $0.contains("unmitigated-threat") })
        #expect(unmitigated.components(separatedBy: "IEC 81001-5-1 §5.2.1").count == 2, "\(unmitigated)")
        let html = OutputTree.text(build.files, "dossier.html")
        let row = try #require(html.components(separatedBy: "<tr id=\"finding-").first { $0.contains("unmitigated-threat") })
        let cells = row.components(separatedBy: "</tr>")[0]
        #expect(cells.components(separatedBy: "IEC 81001-5-1 §5.2.1").count == 2, "\(cells)")
    }
}
