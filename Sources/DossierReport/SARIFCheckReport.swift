import DossierAnalyze
import DossierModel

/// `check --format sarif`: a SARIF 2.1.0 log, for GitHub code scanning and
/// SARIF viewers in editors.
///
/// Levels: an input error and a major finding are `error`, a minor finding is
/// `warning`. SARIF has no third level that a viewer would show as
/// "must fix before submission", and both errors and major findings block a
/// clean check with the default `--fail-on major`; the dossier's own severity
/// stays in each result's `properties.severity`.
public enum SARIFCheckReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let version = "2.1.0"

    /// One run of `dossier` with every rule and input error declared, so each
    /// result's `ruleId` resolves, and one result per diagnostic.
    public static func render(summary: CheckSummary, diagnostics: [Diagnostic], contentFolder: ContentFolder) -> String {
        var descriptors = ReportingDescriptors.standard
        let results = diagnostics.map { diagnostic in
            result(for: diagnostic, ruleIndex: descriptors.index(of: diagnostic.code), contentFolder: contentFolder)
        }
        let run: JSONValue = .object([
            ("tool", .object([
                ("driver", .object([
                    ("name", .string(DossierTool.name)),
                    ("fullName", .string("Dossier design-input checker")),
                    ("version", .string(DossierTool.version)),
                    ("rules", .array(descriptors.values)),
                ])),
            ])),
            ("originalUriBaseIds", contentFolder.originalURIBaseIDs),
            ("results", .array(results)),
            ("properties", .object([
                ("items", .number(summary.items)),
                ("errors", .number(summary.errors)),
                ("major", .number(summary.major)),
                ("minor", .number(summary.minor)),
                ("dispositioned", .number(summary.dispositioned)),
            ])),
        ])
        return JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string(version)),
            ("runs", .array([run])),
        ]).rendered()
    }

    /// SARIF's `level` for a dossier severity (see the type's documentation).
    public static func level(of severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error, .major: "error"
        case .minor: "warning"
        }
    }

    static func level(of severity: FindingSeverity) -> String {
        severity == .major ? "error" : "warning"
    }

    private static func result(for diagnostic: Diagnostic, ruleIndex: Int, contentFolder: ContentFolder) -> JSONValue {
        let artifact = contentFolder.artifactLocation(of: diagnostic.location.file)
        var properties: [(String, JSONValue)] = [("severity", .string(diagnostic.severity.rawValue))]
        if let subject = diagnostic.subject { properties.append(("item", .string(subject))) }
        var suppressions: [(String, JSONValue)] = []
        if let disposition = diagnostic.disposition {
            properties.append(("disposition", JSONCheckReport.disposition(disposition)))
            // SARIF's own record of a decided result: viewers hide it from the open list.
            suppressions = [("suppressions", .array([.object([
                ("kind", .string("external")), ("status", .string("accepted")),
                ("justification", .string(disposition.summary)),
            ])]))]
        }
        return .object([
            ("ruleId", .string(diagnostic.code)),
            ("ruleIndex", .number(ruleIndex)),
            ("level", .string(level(of: diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([
                .object([
                    ("physicalLocation", .object([
                        ("artifactLocation", artifact),
                        // SARIF lines start at 1; a diagnostic about a whole file says line 1.
                        ("region", .object([("startLine", .number(max(1, diagnostic.location.line)))])),
                    ])),
                ]),
            ])),
        ] + suppressions + [
            ("properties", .object(properties)),
        ])
    }
}
