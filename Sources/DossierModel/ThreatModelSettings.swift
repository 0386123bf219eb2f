/// `threat_model:` in dossier.yml (docs/format.md, "Threat model files"):
/// the methodology, the last review of the whole model, and the
/// threat-modelling tool files whose threats become items.
public struct ThreatModelSettings: Hashable, Sendable {
    public var methodology: String?
    /// `YYYY-MM-DD` as written.
    public var reviewed: String?
    public var files: [ThreatModelFile] = []
    /// Lifecycle threat sources (FDA guidance §V.A.1) that do not apply, with why.
    public var notApplicableSources: [String: String] = [:]

    public init(methodology: String? = nil, reviewed: String? = nil) {
        self.methodology = methodology
        self.reviewed = reviewed
    }
}

/// One model file of `threat_model.files`.
public struct ThreatModelFile: Hashable, Sendable {
    public static let defaultPrefix = "TM"

    public var listed: ListedFile
    /// Imported ids are `<prefix>-<n>`.
    public var prefix: String
    /// The phases its threats apply in; nil: every phase of the project.
    public var phases: [LifecyclePhase]?

    public init(listed: ListedFile, prefix: String = Self.defaultPrefix, phases: [LifecyclePhase]? = nil) {
        self.listed = listed
        self.prefix = prefix
        self.phases = phases
    }

    public var path: String { listed.path }
}
