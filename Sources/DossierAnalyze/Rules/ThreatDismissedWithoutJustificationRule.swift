import DossierLink
import DossierModel

/// "Not Applicable" is a decision an auditor will question: the reason must
/// be written down where the decision was made.
public struct ThreatDismissedWithoutJustificationRule: ItemRule {
    public let documentation = RuleDocumentation(
        .threatDismissedWithoutJustification, .major, clause: "IEC 81001-5-1 §7.3",
        summary: "An imported threat marked Not Applicable with no justification.",
        rationale: "A threat-modelling tool generates threats for every flow; dismissing one is a risk decision. "
            + "An auditor asks why a generated threat does not apply, and the answer has to be in the model.",
        remedy: "Write why the threat does not apply in the tool's justification (the Threat Modeling Tool's "
            + "Justification box; Threat Dragon's mitigation), then save the model file.",
        failing: """
            # threat-model/portal.json: threat 7, status NotApplicable, mitigation ""
            threat_model:
              files:
                - file: threat-model/portal.json
                  prefix: TD
            """,
        passing: """
            # threat-model/portal.json: threat 7, status NotApplicable, mitigation
            # "The portal has no file upload; the flow carries JSON only."
            threat_model:
              files:
                - file: threat-model/portal.json
                  prefix: TD
            """)

    public init() {}

    public func applies(to item: Item) -> Bool { item.status != .obsolete && item.origin?.state == .notApplicable }

    public func violations(of item: Item) -> [RuleViolation] {
        guard let origin = item.origin, origin.justification == nil else { return [] }
        return [RuleViolation(
            subject: item.id, location: SourceLocation(file: origin.file, line: origin.line),
            message: "\(item.id) is \"Not Applicable\" in \(origin.file) with no justification (\(clause))",
            remedy: "write in \(origin.format) why the threat does not apply")]
    }
}
