import DossierModel
import DossierTestSupport
import Testing

/// `threat-model-stale` and `threat-model-method-missing` (docs/rules.md).
@Suite("Threat model review and method")
struct ThreatModelReviewRulesTests {
    static func findings(document: String = "", threatModel: String) throws -> [Finding] {
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.configuration(threatModel: threatModel)
        if !document.isEmpty {
            files["dossier.yml"] = files["dossier.yml"]!.replacingOccurrences(
                of: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n" + document)
        }
        return try DossierAnalyzeTests.findings(in: files).filter {
            [.threatModelStale, .threatModelMethodMissing].contains($0.rule)
        }
    }

    static let method = "threat_model:\n  methodology: STRIDE per element\n"
    static let released = "  status: released\n  date: 2026-11-20"

    @Test func aReleasedDocumentWithoutAReviewDateIsStale() throws {
        let found = try Self.findings(document: Self.released, threatModel: Self.method)
        #expect(found.map(\.brief) == ["dossier.yml:6: minor: [threat-model-stale] threat-model"])
        #expect(found.first?.message.contains("does not say when") == true)
    }

    @Test func aReviewAYearAndADayOldIsStaleAndOneDayLessIsNot() throws {
        let stale = try Self.findings(document: Self.released, threatModel: Self.method + "  reviewed: 2025-11-19")
        #expect(stale.map(\.rule) == [.threatModelStale])
        #expect(stale.first?.message.contains("366 days before") == true)
        let current = try Self.findings(document: Self.released, threatModel: Self.method + "  reviewed: 2025-11-20")
        #expect(current.isEmpty)
    }

    @Test func aDraftOrUndatedDocumentIsNotJudgedByAge() throws {
        #expect(try Self.findings(threatModel: Self.method + "  reviewed: 2020-01-01").isEmpty)
        #expect(try Self.findings(document: "  status: released", threatModel: Self.method + "  reviewed: 2020-01-01")
            .isEmpty)
    }

    @Test func threatsWithoutAMethodologyAreMissingIt() throws {
        let found = try Self.findings(threatModel: "threat_model:\n  methodology: \"  \"\n")
        #expect(found.map(\.brief) == ["dossier.yml:4: minor: [threat-model-method-missing] threat-model"])
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.configuration(threatModel: "")
        let unset = try DossierAnalyzeTests.findings(in: files).map(\.rule)
        #expect(unset.contains(.threatModelMethodMissing))
    }

    @Test func aProjectWithoutThreatsNeedsNoMethodology() throws {
        let report = try ProjectFixture.check("-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n")
        #expect(!report.findings.contains { $0.rule == .threatModelMethodMissing })
    }
}
