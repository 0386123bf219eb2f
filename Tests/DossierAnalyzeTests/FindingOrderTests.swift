import DossierModel
import DossierTestSupport
import Testing

/// docs/format.md, "What check prints": findings are ordered by file, line, rule — in byte order, so
/// the order never depends on the machine's locale.
@Suite struct FindingOrderTests {
    @Test func findingsAreOrderedByFileLineAndRule() throws {
        let found = try findings(adding: """
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Replayed dose command
            phases: [operation]
            risk: medium
            residual_risk: low
            ---
            -- requirements/REQ-2.md --
            ---
            id: REQ-2
            type: requirement
            title: The app is user-friendly
            ---
            -- assets/AS-2.md --
            ---
            id: AS-2
            type: asset
            title: Clinician portal sessions
            ---
            -- dossier.yml --
            product:
              name: Test Infusion Hub
              version: 1.0.0
            document:
              id: DI-TEST-001
            phases: [installation, operation, maintenance, decommissioning, transport]
            threat_model: {methodology: STRIDE per element, not_applicable_sources: \(ProjectFixture.sourcesNotApplicable)}
            \(ProjectFixture.viewsNotApplicable)
            """)
        #expect(found.map(\.brief) == [
            "assets/AS-2.md:1: minor: [orphan-asset] AS-2",
            "dossier.yml:6: major: [phase-without-security-requirements] transport",
            "requirements/REQ-2.md:1: minor: [unverified-requirement] REQ-2",
            "requirements/REQ-2.md:4: minor: [ambiguous-wording] REQ-2",
            "threats/TH-2.md:1: minor: [mitigation-not-adversarially-tested] TH-2",
            "threats/TH-2.md:1: minor: [threat-without-asset] TH-2",
            "threats/TH-2.md:1: major: [unmitigated-threat] TH-2",
        ])
    }

    @Test func filesAreOrderedByBytesNotByLocale() throws {
        let found = try findings(adding: """
            -- assets/b-asset.md --
            ---
            id: b-asset
            type: asset
            title: Second asset
            ---
            -- assets/Z-asset.md --
            ---
            id: Z-asset
            type: asset
            title: Third asset
            ---
            -- assets/a-asset.md --
            ---
            id: a-asset
            type: asset
            title: First asset
            ---
            """)
        #expect(found.map(\.location.file) == ["assets/Z-asset.md", "assets/a-asset.md", "assets/b-asset.md"])
    }

    /// An SBOM's findings share one file and line: subject, then message and remedy, decide.
    @Test func findingsOfOneLineAreOrderedBySubjectThenFullMessage() {
        let location = SourceLocation(file: "sbom/app.cdx.json", line: 1)
        func finding(_ rule: RuleID, _ subject: String, _ message: String, _ remedy: String? = nil) -> Finding {
            Finding(rule: rule, severity: .major, subject: subject, location: location, message: message,
                    remedy: remedy)
        }
        let ordered = [
            finding(.componentNotDocumented, "pkg:npm/a@1", "z"),
            finding(.componentNotDocumented, "pkg:npm/b@1", "a", "x"),
            finding(.componentNotDocumented, "pkg:npm/b@1", "a", "y"),
            finding(.componentNotDocumented, "pkg:npm/b@1", "b"),
            finding(.vulnerabilityNotAssessed, "CVE-2024-1", "a"),
        ]
        #expect(ordered.reversed().sorted(by: Finding.reportOrder) == ordered)
        #expect(ordered.reversed().sorted { Diagnostic.reportOrder(Diagnostic($0), Diagnostic($1)) } == ordered)
    }
}
