/// A front-matter value that must be one of a fixed list;
/// anything else is `invalid-value`.
public protocol EnumeratedValue: RawRepresentable<String>, CaseIterable, Hashable, Sendable, Codable {}

extension EnumeratedValue {
    /// The allowed spellings, in the order the format lists them, for messages and schemas.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }
}

/// A third-party component's level of support (FD&C Act §524B(b)(3)).
public enum SupportLevel: String, EnumeratedValue {
    case maintained, community, unsupported
    case endOfLife = "end-of-life"
    case unknown
}

/// Who carries a third-party component's security risk (IEC 81001-5-1,
/// with its interpretation sheet ISH1:2025).
public enum SoftwareCategory: String, EnumeratedValue, Comparable {
    /// The manufacturer monitors it and ships its updates.
    case maintained
    /// The manufacturer tells customers of its known risks.
    case supported
    /// The responsible organisation provides and maintains it; the risk is transferred to them.
    case required

    public var title: String {
        switch self {
        case .maintained: "Maintained software"
        case .supported: "Supported software"
        case .required: "Required software"
        }
    }

    /// What the category asks of the manufacturer, for the chapter that groups by it.
    public var obligation: String {
        switch self {
        case .maintained: "The manufacturer monitors it for vulnerabilities and ships its security updates."
        case .supported: "The manufacturer monitors it and tells customers of its known risks."
        case .required: "The responsible organisation provides and maintains it; the accompanying documentation "
            + "states the transfer of its risk (IEC 81001-5-1 ISH1:2025)."
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum ItemStatus: String, EnumeratedValue {
    case draft, reviewed, approved, obsolete
}

public enum StrideCategory: String, EnumeratedValue {
    case spoofing, tampering, repudiation
    case informationDisclosure = "information-disclosure"
    case denialOfService = "denial-of-service"
    case elevationOfPrivilege = "elevation-of-privilege"
}

public enum RiskLevel: String, EnumeratedValue, Comparable {
    case low, medium, high, critical

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// low < medium < high < critical.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a threat is treated (IEC 81001-5-1 §7.3): only `mitigate` asks for
/// security requirements; `accept` and `transfer` ask for a rationale.
public enum ThreatTreatment: String, EnumeratedValue {
    case mitigate, accept, transfer, avoid
}

/// Where a security requirement came from. Only the link to a threat makes it
/// threat-derived; this field records what the authors say.
public enum RequirementSource: String, EnumeratedValue {
    case threatModel = "threat-model"
    case checklist, standard, regulation, customer
}

/// FDA premarket cybersecurity guidance, Appendix 1 (docs/format.md, "Control categories").
public enum ControlCategory: String, EnumeratedValue, Comparable {
    case authentication, authorization, cryptography, integrity
    case confidentiality, logging, resiliency, updatability

    public var title: String {
        switch self {
        case .authentication: "Authentication"
        case .authorization: "Authorization"
        case .cryptography: "Cryptography"
        case .integrity: "Code, data and execution integrity"
        case .confidentiality: "Confidentiality"
        case .logging: "Event detection and logging"
        case .resiliency: "Resiliency and recovery"
        case .updatability: "Updatability and patchability"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Software requirement categories of IEC 62304 §5.2.2.
public enum RequirementCategory: String, EnumeratedValue {
    case functional, interface, performance, alarm, security, usability, data
    case installation, operation, maintenance, network, regulatory
}

public enum SecurityProperty: String, EnumeratedValue {
    case confidentiality, integrity, availability
}

/// Severity of harm (ISO 14971).
public enum HarmSeverity: String, EnumeratedValue {
    case negligible, minor, serious, critical, catastrophic
}

public enum VerificationMethod: String, EnumeratedValue {
    case test, inspection, analysis, demonstration
}

public enum VerificationResult: String, EnumeratedValue {
    case pass, fail
    case notRun = "not-run"
}

/// Where the dossier stands in its own release (ISO 13485 §7.3.3: design
/// inputs reviewed and approved before they are released).
public enum DocumentStatus: String, EnumeratedValue {
    case draft
    case inReview = "in-review"
    case released
}

/// The kinds of entry point of the attack surface (FDA premarket cybersecurity guidance, Appendix 2).
public enum InterfaceKind: String, EnumeratedValue {
    case wireless, wired, network
    case cloudAPI = "cloud-api"
    case physicalPort = "physical-port"
    case debugPort = "debug-port"
    case updateChannel = "update-channel"
    case removableMedia = "removable-media"
    case userInterface = "user-interface"
}

/// Who can reach an interface, from nearest to farthest: the CVSS attack vectors.
public enum InterfaceExposure: String, EnumeratedValue, Comparable {
    case physical, local, adjacent, network, internet

    /// Reachable by someone who is not holding the device.
    public var isRemote: Bool { self == .adjacent || self == .network || self == .internet }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a verification does (IEC 81001-5-1 §5.7): checks a requirement is
/// met, or tries to break a mitigation.
public enum VerificationKind: String, EnumeratedValue {
    case requirementTest = "requirement-test"
    case threatMitigation = "threat-mitigation"
    case penetration, fuzz
    case vulnerabilityScan = "vulnerability-scan"
    case staticAnalysis = "static-analysis"
    case codeReview = "code-review"

    /// Testing that attacks a mitigation (IEC 81001-5-1 §5.7.2–5.7.4):
    /// reviews and static analysis read the code, they do not attack it.
    public var isAdversarial: Bool {
        switch self {
        case .threatMitigation, .penetration, .fuzz, .vulnerabilityScan: true
        case .requirementTest, .staticAnalysis, .codeReview: false
        }
    }

    public var title: String {
        switch self {
        case .requirementTest: "Requirement verification"
        case .threatMitigation: "Threat-mitigation tests"
        case .penetration: "Penetration tests"
        case .fuzz: "Fuzz tests"
        case .vulnerabilityScan: "Vulnerability scans"
        case .staticAnalysis: "Static analysis"
        case .codeReview: "Code and design reviews"
        }
    }
}

/// The part of the accompanying documentation a labeling item belongs to
/// (IEC 81001-5-1 §5.8; FDA premarket cybersecurity guidance §VI.A).
public enum LabelingKind: String, EnumeratedValue {
    case securityConfiguration = "security-configuration"
    case updateProcedure = "update-procedure"
    case decommissioning
    case endOfSupport = "end-of-support"
    case residualRisk = "residual-risk"
    case incidentResponse = "incident-response"
    case backupRestore = "backup-restore"
    case other

    public var title: String {
        switch self {
        case .securityConfiguration: "Security configuration"
        case .updateProcedure: "Update procedure"
        case .decommissioning: "Decommissioning and data sanitisation"
        case .endOfSupport: "End of support"
        case .residualRisk: "Residual risks"
        case .incidentResponse: "Incident response"
        case .backupRestore: "Backup and restore"
        case .other: "Other security information"
        }
    }
}
