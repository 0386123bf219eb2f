/// One SBOM file, read and normalised: the software it lists and the
/// vulnerabilities it states, whichever format it came in.
public struct SBOMDocument: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable {
        case cycloneDX = "CycloneDX"
        case spdx = "SPDX"
    }

    /// The path under the content folder, as listed in dossier.yml.
    public var path: String
    public var format: Format
    /// `1.6`, `SPDX-2.3`.
    public var specVersion: String
    /// CycloneDX `serialNumber` (`urn:uuid:…`) and `version`: what a BOM-Link names.
    public var serialNumber: String?
    public var version: Int
    public var components: [SBOMComponent]
    public var vulnerabilities: [SBOMVulnerability]
    /// The file's bytes as stored, for the manifest.
    public var sha256 = ""
    public var byteCount = 0

    public init(path: String, format: Format, specVersion: String, serialNumber: String? = nil, version: Int = 1,
                components: [SBOMComponent], vulnerabilities: [SBOMVulnerability] = []) {
        self.path = path
        self.format = format
        self.specVersion = specVersion
        self.serialNumber = serialNumber
        self.version = version
        self.components = components
        self.vulnerabilities = vulnerabilities
    }
}

/// One piece of third-party software an SBOM lists.
public struct SBOMComponent: Hashable, Sendable {
    public var name: String
    public var version: String?
    /// As written; `packageURL` is it parsed, nil when it does not parse.
    public var purl: String?
    public var packageURL: PackageURL?
    public var supplier: String?
    public var licence: String?
    /// CycloneDX `bom-ref`, SPDX `SPDXID`.
    public var reference: String?

    public init(name: String, version: String? = nil, purl: String? = nil, supplier: String? = nil,
                licence: String? = nil, reference: String? = nil) {
        self.name = name
        self.version = version
        self.purl = purl
        self.packageURL = purl.flatMap(PackageURL.init)
        self.supplier = supplier
        self.licence = licence
        self.reference = reference
    }

    /// How findings and tables name it: the purl, else `name@version`, else the name.
    public var label: String {
        if let purl { return purl }
        if let version, !version.isEmpty { return "\(name)@\(version)" }
        return name
    }
}

/// One CycloneDX `vulnerabilities` entry.
public struct SBOMVulnerability: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        case resolved, resolvedWithPedigree = "resolved_with_pedigree", exploitable
        case inTriage = "in_triage", falsePositive = "false_positive", notAffected = "not_affected"
    }

    public var id: String
    /// `analysis.state` as written; `state` is it understood.
    public var stateText: String?
    public var state: State? { stateText.flatMap(State.init(rawValue:)) }
    /// Not analysed, `in_triage` or `exploitable`: not yet shown harmless.
    public var needsAssessment: Bool { stateText == nil || state == .inTriage || state == .exploitable }
    public var justification: String?
    public var detail: String?
    /// `affects[].ref`, as written.
    public var affects: [String]

    public init(id: String, stateText: String? = nil, justification: String? = nil, detail: String? = nil,
                affects: [String] = []) {
        self.id = id
        self.stateText = stateText
        self.justification = justification
        self.detail = detail
        self.affects = affects
    }
}
