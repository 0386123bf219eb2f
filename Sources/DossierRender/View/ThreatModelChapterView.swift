import Mustache

/// The "Threat model" chapter (IEC 81001-5-1 §7.2; FDA guidance §V.A.1):
/// the method and its last review, each model file with its threats by
/// state, and every imported threat with what traces to it.
struct ThreatModelChapterView: Sendable {
    var methodology: String
    var hasMethodology: Bool
    /// The day of the last review, or "not recorded".
    var reviewed: String
    var files: [ThreatModelFileView]
    var hasFiles: Bool
    var threats: [ImportedThreatView]
    var hasThreats: Bool
    /// "14 imported threats: 9 Mitigated, …"
    var summaryText: String
    /// Every diagram of every model file, in the listed order (SPEC §14.1).
    var figures: [DiagramFigureView] = []
    var hasFigures = false
}

/// One model file of `threat_model.files`.
struct ThreatModelFileView: Sendable {
    var path: String
    var format: String
    /// The version the file states, or "not stated".
    var version: String
    var sha256: String
    var prefix: String
    /// "12 threats: 8 Mitigated, 2 Not Applicable, 2 Not Started".
    var countsText: String
}

/// One imported threat as the chapter lists it.
struct ImportedThreatView: Sendable {
    var threat: ItemReferenceView
    var category: String
    var risk: String
    var state: String
    /// open, covered or dismissed: the badge's class.
    var stateClass: String
    var justification: String
    var hasJustification: Bool
    var place: String
    var requirements: [ItemReferenceView]
    var hasRequirements: Bool
    var file: String
}

extension ThreatModelChapterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "methodology": self.methodology
        case "hasMethodology": self.hasMethodology
        case "reviewed": self.reviewed
        case "files": self.files
        case "hasFiles": self.hasFiles
        case "threats": self.threats
        case "hasThreats": self.hasThreats
        case "summaryText": self.summaryText
        case "figures": self.figures
        case "hasFigures": self.hasFigures
        default: nil
        }
    }
}

extension ThreatModelFileView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "format": self.format
        case "version": self.version
        case "sha256": self.sha256
        case "prefix": self.prefix
        case "countsText": self.countsText
        default: nil
        }
    }
}

extension ImportedThreatView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "category": self.category
        case "risk": self.risk
        case "state": self.state
        case "stateClass": self.stateClass
        case "justification": self.justification
        case "hasJustification": self.hasJustification
        case "place": self.place
        case "requirements": self.requirements
        case "hasRequirements": self.hasRequirements
        case "file": self.file
        default: nil
        }
    }
}
