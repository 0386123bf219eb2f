import Mustache

/// One hazard of the risk management file: the threats that can cause it,
/// the risk controls that address it and their verification (ISO 14971 §7.1).
public struct HazardLinkageView: Sendable {
    public var hazard: ItemReferenceView
    public var severity: String
    public var harm: String
    public var causes: [ItemReferenceView]
    public var controls: [RiskControlView]
    public var hasControls: Bool
    /// A threat can cause it and nothing controls it.
    public var isGap: Bool
    /// One table row per control; the hazard's cells span them.
    public var rowSpan: Int
}

extension HazardLinkageView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "hazard": self.hazard
        case "severity": self.severity
        case "harm": self.harm
        case "causes": self.causes
        case "controls": self.controls
        case "hasControls": self.hasControls
        case "isGap": self.isGap
        case "rowSpan": self.rowSpan
        default: nil
        }
    }
}

/// A requirement or security requirement that implements a risk control.
public struct RiskControlView: Sendable {
    public var requirement: ItemReferenceView
    public var typeTitle: String
    public var verifications: [VerificationReferenceView]
    public var isUnverified: Bool
    /// The hazard's first control: its row carries the hazard's cells.
    public var isFirst: Bool
}

extension RiskControlView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "typeTitle": self.typeTitle
        case "verifications": self.verifications
        case "isUnverified": self.isUnverified
        case "isFirst": self.isFirst
        default: nil
        }
    }
}
