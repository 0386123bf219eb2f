import Mustache

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

extension PhaseSummaryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "href": self.href
        case "anchor": self.anchor
        case "threats": self.threats
        case "covered": self.covered
        case "notAttacked": self.notAttacked
        case "hasNotAttacked": self.hasNotAttacked
        case "unverified": self.unverified
        case "failed": self.failed
        case "gaps": self.gaps
        case "riskDecisions": self.riskDecisions
        case "securityRequirements": self.securityRequirements
        case "threatsApplyText": self.threatsApplyText
        case "threatsText": self.threatsText
        case "gapsText": self.gapsText
        case "riskDecisionsText": self.riskDecisionsText
        case "securityRequirementsText": self.securityRequirementsText
        case "hasGaps": self.hasGaps
        case "hasNoRequirements": self.hasNoRequirements
        case "state": self.state
        default: nil
        }
    }
}
