import DossierModel

/// The machine-readable forms of `check`.
public enum CheckReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit
}

/// The counts every report format states.
public struct CheckSummary: Hashable, Sendable {
    public var items: Int
    public var errors: Int
    public var major: Int
    public var minor: Int
    /// Findings with a recorded decision: listed, but counted here instead
    /// of under their severity, and never toward `--fail-on`.
    public var dispositioned: Int

    public init(items: Int, diagnostics: [Diagnostic]) {
        self.items = items
        errors = diagnostics.filter { $0.severity == .error }.count
        let open = diagnostics.filter { $0.disposition == nil }
        major = open.filter { $0.severity == .major }.count
        minor = open.filter { $0.severity == .minor }.count
        dispositioned = diagnostics.count - open.count
    }

    /// "97 items: 0 errors, 1 major finding, 2 minor findings".
    public var sentence: String {
        "\(CountText.phrase(items, "item")): \(CountText.phrase(errors, "error")), \(findings)"
    }

    /// "1 major finding, 0 minor findings": what `check` and `build` both say.
    public var findings: String {
        "\(CountText.phrase(major, "major finding")), \(CountText.phrase(minor, "minor finding"))"
            + (dispositioned > 0 ? ", \(dispositioned) dispositioned" : "")
    }

}
