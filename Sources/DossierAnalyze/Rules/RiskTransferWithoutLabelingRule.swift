import DossierLink
import DossierModel

/// A risk handed to the user must be written where the user reads it.
public struct RiskTransferWithoutLabelingRule: Rule {
    public let documentation = RuleDocumentation(
        .riskTransferWithoutLabeling, .major, clause: "MDCG 2019-16 §3.6; FDA guidance §VI.A",
        summary: "A threat treated `transfer` is disclosed in no labeling item.",
        rationale: "Transferring a security risk to the operator or user works only if they are told: MDCG "
            + "2019-16 §3.6 and FDA's labeling recommendations ask for the residual risks and the controls "
            + "the user must apply to be in the accompanying documentation. A transfer that never reaches "
            + "the instructions leaves the risk with nobody.",
        remedy: "Add a labeling item (usually of kind `residual-risk` or `security-configuration`) that names "
            + "the threat in `threats:`.",
        failing: """
            id: TH-015
            type: threat
            title: The home Wi-Fi network is open or uses WEP
            phases: [installation]
            treatment: transfer
            rationale: The home network is the patient's; the IFU tells them how to secure it.
            """,
        passing: """
            id: LB-003
            type: labeling
            title: Secure the home Wi-Fi network before pairing the hub
            kind: security-configuration
            document: IFU §4.2
            threats: [TH-015]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.live(.threat).compactMap { position in
            let item = graph[position]
            guard item.threat?.treatment == .transfer, graph.threatSources(of: position, type: .labeling).isEmpty
            else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "treatment"),
                message: "\(item.id) is transferred, but no labeling item discloses the transfer (\(clause))",
                remedy: "add a labeling item with `threats: [\(item.id)]` saying who takes the risk and what they "
                    + "must do")
        }
    }
}
