import DossierModel
import DossierTestSupport
import Testing

/// Document control that contradicts itself: one finding, saying which.
@Suite struct DocumentControlInconsistentTests {
    /// The line right after `document.id` in the minimal configuration,
    /// where `inconsistencies(document:)` puts its lines.
    static let firstLine = ProjectFixture.minimalConfiguration.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0 == "  id: DI-TEST-001" }! + 2

    /// The clean project with `lines` under `document:`, from `firstLine`.
    static func inconsistencies(document lines: String) throws -> [Finding] {
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.minimalConfiguration.replacingOccurrences(
            of: "  id: DI-TEST-001", with: "  id: DI-TEST-001\n" + lines)
        return try findings(in: files).filter { $0.rule == .documentControlInconsistent }
    }

    static let approvals = """
          approvals:
            - { role: Approver, name: B. Approver, date: 2026-11-20 }
        """

    @Test func datedApprovalsOnADraftAreInconsistent() throws {
        let found = try Self.inconsistencies(document: "  status: draft\n" + Self.approvals)
        #expect(found.map(\.brief) == ["dossier.yml:\(Self.firstLine): minor: [document-control-inconsistent] document-control"])
        #expect(found.first?.message.contains("the document is a draft, but its approvals (Approver) carry dates") == true)
        let byDefault = try Self.inconsistencies(document: Self.approvals)
        #expect(byDefault.map(\.brief) == ["dossier.yml:\(Self.firstLine): minor: [document-control-inconsistent] document-control"])
        #expect(byDefault.first?.message.contains("a draft (no `document.status`)") == true)
    }

    @Test func aHistoryWithoutTheCurrentRevisionIsInconsistent() throws {
        let found = try Self.inconsistencies(document: """
              status: released
              revision: D
              history:
                - { revision: C, date: 2026-11-20 }
            """)
        #expect(found.map(\.brief) == ["dossier.yml:\(Self.firstLine + 1): minor: [document-control-inconsistent] document-control"],
                "at `revision`")
        #expect(found.first?.message.contains("`document.history` has no entry for the current revision D") == true)
        let unset = try Self.inconsistencies(document: "  status: released\n  history:\n    - { revision: C, date: 2026-11-20 }")
        #expect(unset.first?.message.contains("`document.revision` is not set") == true)
    }

    @Test func bothProblemsMakeOneFindingThatNamesBoth() throws {
        let found = try Self.inconsistencies(document: "  revision: D\n  history:\n    - { revision: C, date: 2026-11-20 }\n"
                                          + Self.approvals)
        #expect(found.count == 1)
        let message = try #require(found.first?.message)
        #expect(message.contains("carry dates; and `document.history` has no entry for the current revision D"))
        #expect(message.contains("ISO 13485"))
    }

    @Test func consistentDocumentControlRaisesNothing() throws {
        #expect(try Self.inconsistencies(document: "  status: in-review\n" + Self.approvals).isEmpty)
        #expect(try Self.inconsistencies(document: "  approvals:\n    - { role: Approver, name: B. Approver }").isEmpty,
                "an undated approval on a draft is one still to be given")
        #expect(try Self.inconsistencies(document: """
              status: released
              revision: D
              history:
                - { revision: C, date: 2026-11-20 }
                - { revision: D, date: 2027-02-01 }
            """).isEmpty)
    }
}
