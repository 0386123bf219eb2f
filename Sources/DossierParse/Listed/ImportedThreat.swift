import DossierModel
import DossierThreatModel
import Foundation

/// One threat of a model file as a threat item (docs/format.md, "Imported
/// threats"): the tool's title, category, priority and decision; everything
/// the tool cannot hold comes from an overlay.
enum ImportedThreat {
    static func item(_ threat: ModelThreat, of document: ThreatModelDocument, prefix: String,
                     phases: [LifecyclePhase]) -> Item {
        var details = ThreatDetails()
        details.stride = threat.stride.flatMap(StrideCategory.init(rawValue:)).map { [$0] } ?? []
        details.risk = threat.risk.flatMap(RiskLevel.init(rawValue:))
        let state: ImportedOrigin.State
        switch threat.state {
        case .notTriaged: state = .notTriaged
        case .mitigated: state = .mitigated
        case .notApplicable: state = .notApplicable
        case .accepted, .transferred, .avoided: state = .decided
        }
        switch threat.state {
        case .accepted: details.treatment = .accept
        case .transferred: details.treatment = .transfer
        case .avoided: details.treatment = .avoid
        case .notTriaged, .mitigated, .notApplicable: details.treatment = .mitigate
        }
        if state == .decided { details.rationale = threat.justification.flatMap(nonBlank) }
        var origin = ImportedOrigin(file: document.path, format: document.format.displayName,
                                    formatKey: document.format.rawValue, state: state, stateLabel: threat.stateLabel,
                                    justification: threat.justification.flatMap(nonBlank), category: threat.category,
                                    text: text(of: threat, format: document.format), line: threat.line)
        origin.interaction = threat.interaction
        origin.sourceName = threat.sourceName
        origin.targetName = threat.targetName
        origin.diagramName = threat.diagramName
        origin.diagramID = threat.diagramID
        origin.carrierID = threat.carrierID
        let title = threat.title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Errors about the id (a duplicate) point at the threat's own entry.
        return Item(id: "\(prefix)-\(threat.key)", type: .threat, title: title.isEmpty ? "\(prefix)-\(threat.key)" : title,
                    status: .approved, phases: phases, details: .threat(details),
                    body: ItemBody(markdown: "", firstLine: 1),
                    location: SourceLocation(file: document.path, line: 1), fieldLines: ["id": threat.line],
                    origin: origin)
    }

    /// The description, then the possible mitigations under their heading.
    private static func text(of threat: ModelThreat, format: ThreatModelFormat) -> String {
        var parts: [String] = []
        if let description = threat.description.flatMap(nonBlank) { parts.append(description) }
        if let mitigations = threat.mitigations.flatMap(nonBlank), threat.state != .accepted,
           threat.state != .transferred, threat.state != .avoided {
            parts.append((format == .threatDragon ? "Mitigation" : "Possible mitigations") + ":\n" + mitigations)
        }
        return parts.joined(separator: "\n\n")
    }

    static func nonBlank(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
