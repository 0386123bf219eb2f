/// One threat of a model file, with the fields §13.3 of the SPEC maps.
public struct ModelThreat: Hashable, Sendable {
    /// What the imported id is made of: a `.tm7` threat's `Id`; a Threat
    /// Dragon threat's `number`, else the first 8 characters of its `id`.
    public var key: String
    /// `.tm7`: the `Title` property, else the threat's `TypeId`.
    public var title: String
    /// The category as the file writes it (`Elevation of Privileges`,
    /// `Information disclosure`, `Integrity`).
    public var category: String?
    /// The STRIDE category it names, normalised (`elevation-of-privilege`);
    /// nil for a category outside STRIDE and, in Threat Dragon, for a threat
    /// whose model type is not STRIDE.
    public var stride: String?
    /// `low`, `medium`, `high` or `critical`; nil for any other value.
    public var risk: String?
    public var state: ModelThreatState
    /// The state as the tool shows it: "Not Started", "Needs
    /// Investigation", "Open", "Not Applicable", "Mitigated"; an unknown
    /// state as written.
    public var stateLabel: String
    /// Why the threat does not apply (or, in Threat Dragon, why it is
    /// accepted, transferred or avoided): the `.tm7` `StateInformation`; a
    /// Threat Dragon threat's `mitigation`.
    public var justification: String?
    public var description: String?
    /// `.tm7` `PossibleMitigations`; a Threat Dragon threat's `mitigation`.
    public var mitigations: String?
    /// The flow it is about, by name.
    public var interaction: String?
    /// The flow's source and target element by name. A threat on an
    /// element alone names that element as its target.
    public var sourceName: String?
    public var targetName: String?
    public var diagramName: String?
    public var diagramID: String?
    /// The flow or element that carries it in a picture: a `.tm7` threat's
    /// `FlowGuid`, else its `TargetGuid`; the Threat Dragon cell that holds it.
    public var carrierID: String?
    /// Where its entry starts in the file, from 1: the line of the
    /// `ThreatInstances` entry's start tag, or of the `{` that opens the
    /// Threat Dragon threat.
    public var line: Int

    public init(key: String, title: String, category: String? = nil, stride: String? = nil, risk: String? = nil,
                state: ModelThreatState, stateLabel: String, justification: String? = nil,
                description: String? = nil, mitigations: String? = nil, interaction: String? = nil,
                sourceName: String? = nil, targetName: String? = nil, diagramName: String? = nil,
                diagramID: String? = nil, carrierID: String? = nil, line: Int) {
        self.key = key
        self.title = title
        self.category = category
        self.stride = stride
        self.risk = risk
        self.state = state
        self.stateLabel = stateLabel
        self.justification = justification
        self.description = description
        self.mitigations = mitigations
        self.interaction = interaction
        self.sourceName = sourceName
        self.targetName = targetName
        self.diagramName = diagramName
        self.diagramID = diagramID
        self.carrierID = carrierID
        self.line = line
    }
}

/// Where a threat stands in its tool, reduced to what the dossier judges.
public enum ModelThreatState: String, Hashable, Sendable, CaseIterable {
    /// Not yet evaluated: generated, not started, needs investigation, open,
    /// or a state the reader does not know.
    case notTriaged = "not-triaged"
    case mitigated
    case notApplicable = "not-applicable"
    /// Threat Dragon's Accepted, Transferred and Avoided (or Eliminated):
    /// risk decisions whose rationale is the threat's `mitigation`.
    case accepted
    case transferred
    case avoided
}
