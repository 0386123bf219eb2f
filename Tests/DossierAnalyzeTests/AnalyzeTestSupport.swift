import DossierModel
import DossierPipeline
import DossierTestSupport
import Testing

/// The findings of a project that must be a valid dossier; an input error
/// fails the test, since then no rule runs at all.
func findings(in files: [String: String],
              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Finding] {
    let report = try ProjectFixture.check(files: files)
    #expect(report.errors.map(\.brief) == [], "the fixture must be a valid dossier", sourceLocation: sourceLocation)
    return report.findings
}

/// The clean project with `text`'s blocks added, each new requirement in
/// `verified` verified by VER-1.
func findings(adding text: String, verified: [String] = [],
              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Finding] {
    try findings(in: CleanProject.with(text, alsoVerifying: verified), sourceLocation: sourceLocation)
}

/// `dossier.yml` as the minimal configuration plus `lines`.
func configuration(adding lines: String) -> String {
    "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n\(lines)\n"
}
