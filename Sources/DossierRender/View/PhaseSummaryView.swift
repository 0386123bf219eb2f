import DossierMustache

struct PhaseSummaryView: Sendable {
    var name: String
    var title: String
    var href: String
    var anchor: String
    var threats: Int
    /// Threats covered in the phase, attacked or not.
    var covered: Int
    /// Of those, threats no adversarial test reached ("Covered, not attacked").
    var notAttacked: Int
    var hasNotAttacked: Bool
    var unverified: Int
    /// Threats whose mitigation in the phase has a failed verification.
    var failed: Int
    var gaps: Int
    var riskDecisions: Int
    var securityRequirements: Int
    /// "1 threat applies", "3 threats apply".
    var threatsApplyText: String
    /// "1 threat", "3 threats".
    var threatsText: String
    var gapsText: String
    var riskDecisionsText: String
    var securityRequirementsText: String
    var hasGaps: Bool
    var hasNoRequirements: Bool
    /// "ok", "open", "failed" or "gap", for the status badge.
    var state: String
}

extension PhaseSummaryView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "href": TemplateValue(self.href)
        case "anchor": TemplateValue(self.anchor)
        case "threats": TemplateValue(self.threats)
        case "covered": TemplateValue(self.covered)
        case "notAttacked": TemplateValue(self.notAttacked)
        case "hasNotAttacked": TemplateValue(self.hasNotAttacked)
        case "unverified": TemplateValue(self.unverified)
        case "failed": TemplateValue(self.failed)
        case "gaps": TemplateValue(self.gaps)
        case "riskDecisions": TemplateValue(self.riskDecisions)
        case "securityRequirements": TemplateValue(self.securityRequirements)
        case "threatsApplyText": TemplateValue(self.threatsApplyText)
        case "threatsText": TemplateValue(self.threatsText)
        case "gapsText": TemplateValue(self.gapsText)
        case "riskDecisionsText": TemplateValue(self.riskDecisionsText)
        case "securityRequirementsText": TemplateValue(self.securityRequirementsText)
        case "hasGaps": TemplateValue(self.hasGaps)
        case "hasNoRequirements": TemplateValue(self.hasNoRequirements)
        case "state": TemplateValue(self.state)
        default: .null
        }
    }
}
