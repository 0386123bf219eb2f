import DossierMustache

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

extension ThreatModelChapterView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "methodology": TemplateValue(self.methodology)
        case "hasMethodology": TemplateValue(self.hasMethodology)
        case "reviewed": TemplateValue(self.reviewed)
        case "files": TemplateValue(self.files)
        case "hasFiles": TemplateValue(self.hasFiles)
        case "threats": TemplateValue(self.threats)
        case "hasThreats": TemplateValue(self.hasThreats)
        case "summaryText": TemplateValue(self.summaryText)
        case "figures": TemplateValue(self.figures)
        case "hasFigures": TemplateValue(self.hasFigures)
        default: .null
        }
    }
}

extension ThreatModelFileView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "path": TemplateValue(self.path)
        case "format": TemplateValue(self.format)
        case "version": TemplateValue(self.version)
        case "sha256": TemplateValue(self.sha256)
        case "prefix": TemplateValue(self.prefix)
        case "countsText": TemplateValue(self.countsText)
        default: .null
        }
    }
}

extension ImportedThreatView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(self.threat)
        case "category": TemplateValue(self.category)
        case "risk": TemplateValue(self.risk)
        case "state": TemplateValue(self.state)
        case "stateClass": TemplateValue(self.stateClass)
        case "justification": TemplateValue(self.justification)
        case "hasJustification": TemplateValue(self.hasJustification)
        case "place": TemplateValue(self.place)
        case "requirements": TemplateValue(self.requirements)
        case "hasRequirements": TemplateValue(self.hasRequirements)
        case "file": TemplateValue(self.file)
        default: .null
        }
    }
}
