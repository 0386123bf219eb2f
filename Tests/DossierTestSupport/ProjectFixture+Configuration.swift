extension ProjectFixture {
    /// A valid `dossier.yml` with only what docs/format.md requires, and the
    /// default phases written out. Its lines: 1 product, 2 name, 3 version,
    /// 4 document, 5 id, 6 phases.
    /// The methodology of the threat model keeps `threat-model-method-missing`
    /// quiet; the product is one line so `phases:` stays on line 6.
    public static let minimalConfiguration = """
        product: {name: Test Infusion Hub, version: 1.0.0}
        document:
          id: DI-TEST-001
        threat_model:
          methodology: STRIDE per element, reviewed in a workshop
        phases: [installation, operation, maintenance, decommissioning]
        """

    /// The line of `phases:` in `minimalConfiguration`.
    public static let phasesLine = 6

    /// `minimalConfiguration` with another `phases:` line, as a `dossier.yml` block.
    public static func configuration(phases: String) -> String {
        "-- dossier.yml --\n" + minimalConfiguration.replacingOccurrences(
            of: "phases: [installation, operation, maintenance, decommissioning]", with: "phases: \(phases)") + "\n"
    }

    /// `minimalConfiguration` with `block`, a whole `threat_model:` mapping, in place of its own.
    public static func configuration(threatModel block: String) -> String {
        minimalConfiguration.replacingOccurrences(
            of: "threat_model:\n  methodology: STRIDE per element, reviewed in a workshop", with: block)
    }

    /// The line of `key:` at the top level of a `dossier.yml` text.
    public static func line(of key: String, in configuration: String) -> Int? {
        configuration.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix(key + ":") }.map { $0 + 1 }
    }
}
