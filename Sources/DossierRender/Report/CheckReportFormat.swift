import DossierModel

/// The machine-readable forms of `check` (SPEC §4).
public enum CheckReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit
}

/// The counts every report format states.
public struct CheckSummary: Hashable, Sendable {
    public var items: Int
    public var errors: Int
    public var major: Int
    public var minor: Int

    public init(items: Int, diagnostics: [Diagnostic]) {
        self.items = items
        errors = diagnostics.filter { $0.severity == .error }.count
        major = diagnostics.filter { $0.severity == .major }.count
        minor = diagnostics.filter { $0.severity == .minor }.count
    }

    /// "97 items: 0 errors, 0 major, 2 minor findings".
    public var sentence: String {
        "\(items) items: \(errors) \(errors == 1 ? "error" : "errors"), \(major) major, \(minor) minor "
            + (major + minor == 1 ? "finding" : "findings")
    }
}
