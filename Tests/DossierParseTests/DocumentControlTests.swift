import DossierModel
import DossierTestSupport
import Testing

/// Document control dates are ISO dates, and the document has a release status.
@Suite struct DocumentControlTests {
    static func configuration(document: String) -> String {
        """
        -- dossier.yml --
        product:
          name: Test Infusion Hub
          version: 1.0.0
        document:
          id: DI-TEST-001
        \(document)
        """
    }

    @Test(arguments: ["  date: 20.11.2026", "  date: 2026-11-31", "  date: Nov 20, 2026"])
    func aDocumentDateThatIsNotISOIsConfigInvalid(line: String) throws {
        let errors = try ProjectFixture.inputErrors(Self.configuration(document: line))
        #expect(errors.map(\.brief) == ["dossier.yml:6: config-invalid"])
        // 2026-11-31 is written right and names no day; the others are written wrong.
        let expected = line.contains("2026-11-31") ? "is no day of the calendar: 2026-11 has 30 days" : "YYYY-MM-DD"
        #expect(errors.first?.message.contains(expected) == true, "\(errors.map(\.message))")
    }

    @Test func anApprovalDateThatIsNotISOIsConfigInvalid() throws {
        let errors = try ProjectFixture.inputErrors(Self.configuration(document: """
              approvals:
                - { role: Author, name: A. Author, date: 18/11/2026 }
            """))
        #expect(errors.map(\.brief) == ["dossier.yml:7: config-invalid"])
    }

    @Test func theStatusIsReadAndChecked() throws {
        let report = try ProjectFixture.check(Self.configuration(document: "  status: released\n  date: 2026-11-20"))
        #expect(report.graph?.configuration.document.status == .released)
        let errors = try ProjectFixture.inputErrors(Self.configuration(document: "  status: final"))
        #expect(errors.map(\.brief) == ["dossier.yml:6: config-invalid"])
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false), ("2026-1-01", false)])
    func calendarDatesAreCheckedAsWritten(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
        if valid { #expect(CalendarDate(text)?.description == text) }
    }
}
