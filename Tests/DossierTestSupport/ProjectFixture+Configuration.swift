import DossierModel

extension ProjectFixture {
    /// A valid `dossier.yml` with only what docs/format.md requires, and the
    /// default phases written out. Its lines: 1 product, 2 document, 3 id,
    /// 4 threat model, 5 architecture views, 6 phases.
    /// The methodology of the threat model keeps `threat-model-method-missing`
    /// quiet, its not-applicable sources `threat-source-not-considered`, and
    /// the architecture views a fixture does not describe are justified so
    /// `architecture-view-missing` stays quiet too; each is one line, so
    /// `phases:` stays on line 6 and what a test appends keeps its line.
    public static let minimalConfiguration = """
        product: {name: Test Infusion Hub, version: 1.0.0}
        document:
          id: DI-TEST-001
        \(methodLine)
        \(viewsNotApplicable)
        phases: [installation, operation, maintenance, decommissioning]
        """

    /// Line 4 of `minimalConfiguration`: the threat model's methodology.
    public static let methodLine = "threat_model: {methodology: \"STRIDE per element, reviewed in a workshop\", "
        + "not_applicable_sources: \(sourcesNotApplicable)}"

    /// Every lifecycle source justified, as a flow mapping on one line.
    public static let sourcesNotApplicable = "{supply-chain: Built in-house from vendored sources, "
        + "manufacturing: No keys are loaded in the factory, deployment: Shipped paired to one pump, "
        + "interoperation: Talks to no other system, maintenance-update: Not field-updatable, "
        + "decommissioning: Holds no data once unpaired}"

    /// Line 5 of `minimalConfiguration`: every architecture view justified.
    public static let viewsNotApplicable = "architecture_views_not_applicable: {global-system: \(fixtureReason), "
        + "multi-patient-harm: \(fixtureReason), updatability-patchability: \(fixtureReason), "
        + "security-use-case: \(fixtureReason)}"

    private static let fixtureReason = "A test fixture describes no architecture"

    /// `minimalConfiguration` with line 5 blank: every architecture view is missing.
    public static let configurationWithoutViews = minimalConfiguration.replacingOccurrences(
        of: viewsNotApplicable, with: "")

    /// The line of `phases:` in `minimalConfiguration`.
    public static let phasesLine = 6

    /// `minimalConfiguration` with another `phases:` line, as a `dossier.yml` block.
    public static func configuration(phases: String) -> String {
        "-- dossier.yml --\n" + minimalConfiguration.replacingOccurrences(
            of: "phases: [installation, operation, maintenance, decommissioning]", with: "phases: \(phases)") + "\n"
    }

    /// `minimalConfiguration` with `block`, a whole `threat_model:` mapping, in place of its own.
    public static func configuration(threatModel block: String) -> String {
        minimalConfiguration.replacingOccurrences(of: methodLine, with: block)
    }

    /// The line of `key:` at the top level of a `dossier.yml` text.
    public static func line(of key: String, in configuration: String) -> Int? {
        configuration.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix(key + ":") }.map { $0 + 1 }
    }
}

/// A project of the minimal `dossier.yml` and the given fixture blocks.
public func project(_ blocks: String) -> String {
    "-- dossier.yml --\n\(ProjectFixture.minimalConfiguration)\n" + blocks
}

/// `file:line: code` of every input error of the project, in report order.
public func errors(in blocks: String) throws -> [String] {
    try ProjectFixture.inputErrors(project(blocks)).map(\.brief)
}
