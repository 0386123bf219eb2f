import DossierModel

/// `check --format json`, exactly the shape of docs/format.md, "What check prints".
public enum JSONCheckReport {
    public static func render(summary: CheckSummary, diagnostics: [Diagnostic]) -> String {
        JSONValue.object([
            ("summary", .object([
                ("items", .number(summary.items)),
                ("errors", .number(summary.errors)),
                ("major", .number(summary.major)),
                ("minor", .number(summary.minor)),
            ])),
            ("findings", .array(diagnostics.map(entry))),
        ]).rendered()
    }

    static func entry(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(diagnostic.code)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("item", .optional(diagnostic.subject)),
            ("file", .string(diagnostic.location.file)),
            ("line", .number(diagnostic.location.line)),
            ("message", .string(diagnostic.message)),
        ])
    }
}
