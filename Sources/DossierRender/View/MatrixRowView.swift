import DossierMustache

struct MatrixRowView: Sendable {
    var threat: ItemReferenceView
    var treatment: String
    /// "high → low"; "—" where the threat gives no risk.
    var riskChange: String
    var mitigations: [MitigationView]
    var hasMitigations: Bool
    var status: String
    var statusClass: String
    /// Nothing mitigates the threat here, or a mitigation failed its verification.
    var isGapRow: Bool
    var rationale: String?
    /// The adversarial tests that reached the threat (IEC 81001-5-1 §5.7).
    var attacks: [AdversarialTestView]
    /// Treated `mitigate`, and no adversarial test reached it.
    var isNotAttacked: Bool
}

extension MatrixRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(self.threat)
        case "treatment": TemplateValue(self.treatment)
        case "riskChange": TemplateValue(self.riskChange)
        case "mitigations": TemplateValue(self.mitigations)
        case "hasMitigations": TemplateValue(self.hasMitigations)
        case "status": TemplateValue(self.status)
        case "statusClass": TemplateValue(self.statusClass)
        case "isGapRow": TemplateValue(self.isGapRow)
        case "rationale": TemplateValue(self.rationale)
        case "attacks": TemplateValue(self.attacks)
        case "isNotAttacked": TemplateValue(self.isNotAttacked)
        default: .null
        }
    }
}
