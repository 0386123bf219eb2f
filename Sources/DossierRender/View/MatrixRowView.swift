import Mustache

public struct MatrixRowView: Sendable {
    public var threat: ItemReferenceView
    public var treatment: String
    /// "high → low"; "—" where the threat gives no risk.
    public var riskChange: String
    public var mitigations: [MitigationView]
    public var hasMitigations: Bool
    public var status: String
    public var statusClass: String
    /// Nothing mitigates the threat here, or a mitigation failed its verification.
    public var isGapRow: Bool
    public var rationale: String?
    /// The adversarial tests that reached the threat (IEC 81001-5-1 §5.7).
    public var attacks: [AdversarialTestView]
    /// Treated `mitigate`, and no adversarial test reached it.
    public var isNotAttacked: Bool
}

extension MatrixRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "treatment": self.treatment
        case "riskChange": self.riskChange
        case "mitigations": self.mitigations
        case "hasMitigations": self.hasMitigations
        case "status": self.status
        case "statusClass": self.statusClass
        case "isGapRow": self.isGapRow
        case "rationale": self.rationale
        case "attacks": self.attacks
        case "isNotAttacked": self.isNotAttacked
        default: nil
        }
    }
}
