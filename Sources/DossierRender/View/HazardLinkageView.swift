import DossierMustache

/// One hazard of the risk management file: the threats that can cause it,
/// the risk controls that address it and their verification (ISO 14971 §7.1).
struct HazardLinkageView: Sendable {
    var hazard: ItemReferenceView
    var severity: String
    var harm: String
    var causes: [ItemReferenceView]
    var controls: [RiskControlView]
    var hasControls: Bool
    /// A threat can cause it and nothing controls it.
    var isGap: Bool
    /// One table row per control; the hazard's cells span them.
    var rowSpan: Int
}

extension HazardLinkageView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "hazard": TemplateValue(self.hazard)
        case "severity": TemplateValue(self.severity)
        case "harm": TemplateValue(self.harm)
        case "causes": TemplateValue(self.causes)
        case "controls": TemplateValue(self.controls)
        case "hasControls": TemplateValue(self.hasControls)
        case "isGap": TemplateValue(self.isGap)
        case "rowSpan": TemplateValue(self.rowSpan)
        default: .null
        }
    }
}

/// A requirement or security requirement that implements a risk control.
struct RiskControlView: Sendable {
    var requirement: ItemReferenceView
    var typeTitle: String
    var verifications: [VerificationReferenceView]
    var isUnverified: Bool
    /// The hazard's first control: its row carries the hazard's cells.
    var isFirst: Bool
}

extension RiskControlView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "requirement": TemplateValue(self.requirement)
        case "typeTitle": TemplateValue(self.typeTitle)
        case "verifications": TemplateValue(self.verifications)
        case "isUnverified": TemplateValue(self.isUnverified)
        case "isFirst": TemplateValue(self.isFirst)
        default: .null
        }
    }
}
