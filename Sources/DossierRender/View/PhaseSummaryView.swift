import DossierMustache

public struct PhaseSummaryView: Sendable {
    public var name: String
    public var title: String
    public var href: String
    public var anchor: String
    public var threats: Int
    /// Threats covered in the phase, attacked or not.
    public var covered: Int
    /// Of those, threats no adversarial test reached ("Covered, not attacked").
    public var notAttacked: Int
    public var hasNotAttacked: Bool
    public var unverified: Int
    /// Threats whose mitigation in the phase has a failed verification.
    public var failed: Int
    public var gaps: Int
    public var riskDecisions: Int
    public var securityRequirements: Int
    /// "1 threat applies", "3 threats apply".
    public var threatsApplyText: String
    /// "1 threat", "3 threats".
    public var threatsText: String
    public var gapsText: String
    public var riskDecisionsText: String
    public var securityRequirementsText: String
    public var hasGaps: Bool
    public var hasNoRequirements: Bool
    /// "ok", "open", "failed" or "gap", for the status badge.
    public var state: String
}

extension PhaseSummaryView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
