/// What a value outside a fixed list was probably meant to be: the end of
/// an `invalid-value` message ("one of: low, medium, high (did you mean
/// high?)").
///
/// Three slips are common enough to name. A typo, measured after folding
/// the spelling threat-modelling tools use ("Denial of Service" is
/// `denial-of-service`). A list written without brackets, which YAML reads
/// as one value. And a word of another ordered scale: `severity: major` on
/// a hazard is a finding severity, not a slip of `minor`, so no word of one
/// scale is ever offered for a word of another.
public enum ValueHint {
    /// An ordered scale the format uses, which authors mix up.
    struct Scale {
        /// "the ISO 14971 severities of harm", to name the expected values.
        var title: String
        /// "an ISO 14971 severity of harm", to name what a written word is.
        var member: String
        var values: [String]
    }

    static let scales = [
        Scale(title: "the finding severities", member: "a finding severity",
              values: ["major", "minor"]),
        Scale(title: "the ISO 14971 severities of harm", member: "an ISO 14971 severity of harm",
              values: HarmSeverity.allowedValues),
        Scale(title: "the security risk levels", member: "a security risk level",
              values: RiskLevel.allowedValues),
        Scale(title: "the ISO 14971 probabilities", member: "an ISO 14971 probability",
              values: ["improbable", "remote", "occasional", "probable", "frequent"]),
    ]

    /// "one of the ISO 14971 severities of harm: negligible, … ('major' is
    /// a finding severity, …)": what an invalid value's message expects.
    public static func expected(_ allowed: [String], typed: String?) -> String {
        let own = scales.first { $0.values == allowed }
        return (own.map { "one of \($0.title): " } ?? "one of: ") + allowed.joined(separator: ", ")
            + (typed.map { hint(for: $0, among: allowed) } ?? "")
    }

    /// " (did you mean high?)", " (write a list: `[operation, maintenance]`)",
    /// " ('major' is a finding severity, not one of these)", or nothing.
    public static func hint(for typed: String, among allowed: [String]) -> String {
        if let list = listHint(for: typed, among: allowed) { return " (\(list))" }
        let folded = fold(typed)
        let otherScales = scales.filter { scale in
            scale.values.contains(folded) && !allowed.contains(folded) && !Set(scale.values).isSubset(of: allowed)
        }
        if !otherScales.isEmpty {
            return " ('\(typed)' is \(otherScales.map(\.member).joined(separator: " or ")), not one of these)"
        }
        return EditDistance.closest(to: folded, among: allowed, within: 2).map { " (did you mean \($0)?)" } ?? ""
    }

    /// "write a list: `[operation, maintenance]`" when `typed` is several
    /// allowed values joined by commas, as `phases: operation, maintenance`
    /// reads to YAML; nil otherwise.
    public static func listHint(for typed: String, among allowed: [String]) -> String? {
        let parts = typed.split(separator: ",").map { fold(String($0)) }
        guard parts.count > 1, parts.allSatisfy({ allowed.contains($0) }) else { return nil }
        return list(parts)
    }

    /// "write a list: `[AS-1, AS-2]`".
    public static func list(_ values: [String]) -> String {
        "write a list: `[\(values.joined(separator: ", "))]`"
    }

    /// Lower case, the ends trimmed, each run of spaces or underscores one
    /// hyphen: "Elevation of Privilege" as tools write it is
    /// `elevation-of-privilege`.
    static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).joined(separator: "-")
    }
}
