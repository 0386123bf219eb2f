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
                ("dispositioned", .number(summary.dispositioned)),
            ])),
            ("findings", .array(diagnostics.map(entry))),
        ]).rendered()
    }

    static func entry(_ diagnostic: Diagnostic) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.code)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("item", .optional(diagnostic.subject)),
            ("file", .string(diagnostic.location.file)),
            ("line", .number(diagnostic.location.line)),
            ("message", .string(diagnostic.message)),
        ]
        if let disposition = diagnostic.disposition { fields.append(("disposition", Self.disposition(disposition))) }
        return .object(fields)
    }

    /// `{"rationale", "approved_by", "date"}`, as in dossier.yml.
    public static func disposition(_ disposition: Disposition) -> JSONValue {
        .object([("rationale", .string(disposition.rationale)), ("approved_by", .string(disposition.approvedBy)),
                 ("date", .optional(disposition.date))])
    }
}
