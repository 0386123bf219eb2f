/// `dossier.yml`: the product, document control and project policy (docs/format.md, "dossier.yml").
public struct ProjectConfiguration: Hashable, Sendable {
    public static let fileName = "dossier.yml"

    public var product: ProductDescription
    public var document: DocumentControl
    public var phases: [LifecyclePhase]
    /// Control categories the project declares not applicable, with the justification.
    public var notApplicableCategories: [ControlCategory: String]
    public var ruleSettings: [RuleID: RuleSetting]
    public var riskMethod = RiskMethod()
    /// Decisions about findings not fixed in this release, in file order.
    public var dispositions: [Disposition] = []
    /// SBOM files under the content folder (`sbom:`), in the order listed:
    /// a vulnerability's ref resolves to the first file that has it.
    public var sbomFiles: [ListedFile] = []
    /// `threat_model:`: the model files of a threat-modelling tool.
    public var threatModel = ThreatModelSettings()
    /// Security architecture views the project declares not applicable, with
    /// why; a blank justification is kept, and justifies nothing.
    public var notApplicableViews: [ArchitectureView: String] = [:]
    /// The line of each top-level key, and of each key under `document` as
    /// `document.status`, for set-level findings.
    public var keyLines: [String: Int] = [:]

    public init(product: ProductDescription, document: DocumentControl,
                phases: [LifecyclePhase] = LifecyclePhase.standardPhases,
                notApplicableCategories: [ControlCategory: String] = [:],
                ruleSettings: [RuleID: RuleSetting] = [:]) {
        self.product = product
        self.document = document
        self.phases = phases
        self.notApplicableCategories = notApplicableCategories
        self.ruleSettings = ruleSettings
    }
}

public struct ProductDescription: Hashable, Sendable {
    public var name: String
    public var version: String
    public var manufacturer: String?
    public var intendedUse: String?
    public var safetyClass: String?
    public var deployment: String?
    /// Keys under `product` the tool does not know: kept and shown.
    public var extraFields: [NamedValue]
    /// Those of them one slip from a key it reads.
    public var misspeltKeys: [MisspeltKey] = []

    public init(name: String, version: String, manufacturer: String? = nil, intendedUse: String? = nil,
                safetyClass: String? = nil, deployment: String? = nil, extraFields: [NamedValue] = []) {
        self.name = name
        self.version = version
        self.manufacturer = manufacturer
        self.intendedUse = intendedUse
        self.safetyClass = safetyClass
        self.deployment = deployment
        self.extraFields = extraFields
    }
}

public struct DocumentControl: Hashable, Sendable {
    public var id: String
    public var title: String
    public var revision: String?
    /// The document date as written, else from SOURCE_DATE_EPOCH, else "undated".
    /// Never the wall clock: the same input must give the same bytes.
    public var date: String
    public var status: DocumentStatus
    public var approvals: [Approval]
    /// The revision history, oldest first.
    public var history: [RevisionEntry] = []
    /// Keys under `document` the tool does not know: kept and shown.
    public var extraFields: [NamedValue]
    /// Those of them one slip from a key it reads.
    public var misspeltKeys: [MisspeltKey] = []

    public init(id: String, title: String, revision: String? = nil, date: String = "undated",
                status: DocumentStatus = .draft, approvals: [Approval] = [], extraFields: [NamedValue] = []) {
        self.id = id
        self.title = title
        self.revision = revision
        self.date = date
        self.status = status
        self.approvals = approvals
        self.extraFields = extraFields
    }
}

public struct Approval: Hashable, Sendable {
    public var role: String
    public var name: String
    public var date: String?

    public init(role: String, name: String, date: String?) {
        self.role = role
        self.name = name
        self.date = date
    }
}

/// A project's severity policy for one rule (`rules:` in dossier.yml).
public enum RuleSetting: String, EnumeratedValue {
    case major, minor, off
}

/// How security risk is scored and which residual levels are acceptable
/// without a rationale (FDA guidance §V.A.2; IEC 81001-5-1 §7.3).
public struct RiskMethod: Hashable, Sendable {
    public var name: String?
    public var acceptable: [RiskLevel]

    public init(name: String? = nil, acceptable: [RiskLevel] = [.low]) {
        self.name = name
        self.acceptable = acceptable
    }

    public func accepts(_ level: RiskLevel) -> Bool { acceptable.contains(level) }
}
