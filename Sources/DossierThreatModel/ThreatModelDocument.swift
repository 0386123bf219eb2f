/// One threat-model file, read and normalised: its diagrams and its
/// threats, whichever tool wrote it.
public struct ThreatModelDocument: Hashable, Sendable {
    /// The path under the content folder, as listed in dossier.yml.
    public var path: String
    public var format: ThreatModelFormat
    /// The version the file states: a `.tm7`'s `Version` element (`4.3`),
    /// a Threat Dragon file's `version` (`2.3.0`).
    public var version: String?
    public var diagrams: [ModelDiagram]
    /// In file order: `ThreatInstances` order, or diagram, cell and threat
    /// order for Threat Dragon.
    public var threats: [ModelThreat]

    public init(path: String, format: ThreatModelFormat, version: String?, diagrams: [ModelDiagram],
                threats: [ModelThreat]) {
        self.path = path
        self.format = format
        self.version = version
        self.diagrams = diagrams
        self.threats = threats
    }
}

/// The tool a model file comes from, recognised from its content.
public enum ThreatModelFormat: String, Hashable, Sendable, CaseIterable {
    case threatModelingTool = "tm7"
    case threatDragon = "threat-dragon"

    /// The tool's name as its users know it.
    public var displayName: String {
        switch self {
        case .threatModelingTool: "Microsoft Threat Modeling Tool"
        case .threatDragon: "OWASP Threat Dragon"
        }
    }
}
