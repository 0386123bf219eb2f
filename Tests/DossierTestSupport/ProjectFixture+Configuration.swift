extension ProjectFixture {
    /// A valid `dossier.yml` with only what docs/format.md requires, and the
    /// default phases written out. Its lines: 1 product, 2 name, 3 version,
    /// 4 document, 5 id, 6 phases.
    public static let minimalConfiguration = """
        product:
          name: Test Infusion Hub
          version: 1.0.0
        document:
          id: DI-TEST-001
        phases: [installation, operation, maintenance, decommissioning]
        """

    /// The line of `phases:` in `minimalConfiguration`.
    public static let phasesLine = 6

    /// `minimalConfiguration` with another `phases:` line, as a `dossier.yml` block.
    public static func configuration(phases: String) -> String {
        "-- dossier.yml --\n" + minimalConfiguration.replacingOccurrences(
            of: "phases: [installation, operation, maintenance, decommissioning]", with: "phases: \(phases)") + "\n"
    }
}
