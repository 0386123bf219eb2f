import DossierModel
import DossierTestSupport
import Testing

/// The set-level labeling rules: decommissioning-guidance-missing and end-of-support-missing.
@Suite struct AccompanyingDocumentationTests {
    static func without(_ path: String, adding text: String = "") -> [String: String] {
        var files = CleanProject.with(text)
        files.removeValue(forKey: path)
        return files
    }

    @Test func decommissioningPhaseWithoutDecommissioningGuidanceIsReportedAtThePhases() throws {
        let found = try findings(in: Self.without("labeling/LB-1.md"))
        #expect(found.map(\.brief) == [
            "dossier.yml:\(ProjectFixture.phasesLine): major: [decommissioning-guidance-missing] decommissioning",
        ])
        #expect(found.first?.location.file == "dossier.yml")
        #expect(found.first?.message.contains("IEC 81001-5-1 §5.8.7") == true)
    }

    @Test func labelingOfAnotherKindOrObsoleteIsNoDecommissioningGuidance() throws {
        let obsolete = CleanProject.files["labeling/LB-1.md"]!.replacingOccurrences(of: "kind: decommissioning",
                                                                                  with: "kind: decommissioning\nstatus: obsolete")
        var files = CleanProject.files
        files["labeling/LB-1.md"] = obsolete
        #expect(try findings(in: files).map(\.rule) == [.decommissioningGuidanceMissing])
        files["labeling/LB-1.md"] = CleanProject.files["labeling/LB-1.md"]!
            .replacingOccurrences(of: "kind: decommissioning", with: "kind: other")
        #expect(try findings(in: files).map(\.rule) == [.decommissioningGuidanceMissing])
    }

    @Test func projectWithoutDecommissioningPhaseNeedsNoDecommissioningGuidance() throws {
        var files = Self.without("labeling/LB-1.md")
        for (path, text) in files {
            files[path] = text.replacingOccurrences(of: ", decommissioning]", with: "]")
        }
        #expect(try findings(in: files).map(\.brief) == [])
    }

    @Test func noEndOfSupportStatementIsReportedOnTheConfiguration() throws {
        let found = try findings(in: Self.without("labeling/LB-2.md"))
        #expect(found.map(\.brief) == ["dossier.yml:1: minor: [end-of-support-missing] end-of-support"])
        #expect(found.first?.message.contains("FDA guidance §VI.A") == true)
    }

    @Test func anEndOfSupportStatementRaisesNothing() throws {
        #expect(try findings(in: CleanProject.files).map(\.brief) == [])
    }
}
