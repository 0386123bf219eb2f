/// Where an imported threat comes from: a threat of a threat-modelling
/// tool's file (docs/format.md, "Threat model files"), with what the tool
/// decided about it. Text from the file is plain text, never Markdown.
public struct ImportedOrigin: Hashable, Sendable {
    /// Where the threat stands in its tool.
    public enum State: String, Hashable, Sendable {
        /// Nobody decided yet: raises `threat-not-triaged` and nothing else.
        case notTriaged = "not-triaged"
        case mitigated
        /// Dismissed: counts for nothing, like an obsolete item.
        case notApplicable = "not-applicable"
        /// A risk decision (Threat Dragon's Accepted, Transferred, Avoided):
        /// judged by its treatment like a Markdown threat.
        case decided
    }

    /// The model file, as listed in dossier.yml.
    public var file: String
    /// "Microsoft Threat Modeling Tool", "OWASP Threat Dragon".
    public var format: String
    /// `tm7`, `threat-dragon`: the format in dossier.json.
    public var formatKey: String
    public var state: State
    /// The state as the tool shows it: "Not Started", "Mitigated" …
    public var stateLabel: String
    public var justification: String?
    /// The category as the tool writes it ("Elevation of Privileges").
    public var category: String?
    /// The model's own text: the description, then the possible mitigations.
    public var text: String
    /// The line of the file where the threat's entry starts.
    public var line: Int
    /// Where it applies: the flow, its ends, the diagram.
    public var interaction: String?
    public var sourceName: String?
    public var targetName: String?
    public var diagramName: String?
    /// The diagram element or flow that carries it.
    public var diagramID: String?
    public var carrierID: String?
    /// The Markdown file that adds what the tool cannot hold, if any.
    public var overlay: String?

    public init(file: String, format: String, formatKey: String, state: State, stateLabel: String,
                justification: String? = nil, category: String? = nil, text: String = "", line: Int = 1) {
        self.file = file
        self.format = format
        self.formatKey = formatKey
        self.state = state
        self.stateLabel = stateLabel
        self.justification = justification
        self.category = category
        self.text = text
        self.line = line
    }

    /// Triaged threats are judged and count for coverage; the others count
    /// for nothing (one cause, one finding).
    public var isJudged: Bool { state == .mitigated || state == .decided }

    /// Where the threat applies, in words: "Portal → API (Cloud and portal)".
    public var placeDescription: String? {
        var place: String?
        if let source = sourceName, let target = targetName, !source.isEmpty, !target.isEmpty {
            place = "\(source) → \(target)"
        } else if let target = targetName, !target.isEmpty {
            place = target
        }
        if let interaction, !interaction.isEmpty {
            place = place.map { "\(interaction): \($0)" } ?? interaction
        }
        if let diagramName, !diagramName.isEmpty {
            place = place.map { "\($0) (\(diagramName))" } ?? diagramName
        }
        return place
    }
}
