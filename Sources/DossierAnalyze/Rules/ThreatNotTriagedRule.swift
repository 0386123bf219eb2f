import DossierLink
import DossierModel

/// A threat the tool generated and nobody evaluated is an open question in
/// the threat model, not a threat the design answers.
public struct ThreatNotTriagedRule: ItemRule {
    public let documentation = RuleDocumentation(
        .threatNotTriaged, .major, clause: "IEC 81001-5-1 §7.2–7.4",
        summary: "An imported threat that nobody triaged: Not Started, Needs Investigation or Open in its tool.",
        rationale: "Every identified threat must be evaluated: mitigated, accepted, transferred or shown not to "
            + "apply. A threat-modelling tool generates threats for every flow; one left in its first state "
            + "shows the model was never finished. Until it is triaged, no other rule judges it and it counts "
            + "for no coverage.",
        remedy: "Triage the threat in the threat-modelling tool: set it Mitigated (and trace a security "
            + "requirement to it), or Not Applicable with a justification, then save the model file.",
        failing: """
            # threat-model/glucolink.tm7: threat 55 has State NotStarted
            threat_model:
              files:
                - file: threat-model/glucolink.tm7
                  prefix: TMT
            """,
        passing: """
            # threat-model/glucolink.tm7: threat 55 has State Mitigated,
            # and SR-012 lists threats: [TMT-55]
            threat_model:
              files:
                - file: threat-model/glucolink.tm7
                  prefix: TMT
            """)

    public init() {}

    public func applies(to item: Item) -> Bool { item.status != .obsolete && item.origin?.state == .notTriaged }

    public func violations(of item: Item) -> [RuleViolation] {
        guard let origin = item.origin else { return [] }
        return [RuleViolation(
            subject: item.id, location: SourceLocation(file: origin.file, line: origin.line),
            message: "\(item.id) is \"\(origin.stateLabel)\" in \(origin.file): nobody has evaluated it (\(clause))",
            remedy: "triage it in \(origin.format): Mitigated with a security requirement that traces to it, or "
                + "Not Applicable with a justification")]
    }
}
