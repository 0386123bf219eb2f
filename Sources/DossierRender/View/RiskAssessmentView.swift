import Mustache

/// The risk assessment chapter (FDA premarket guidance §V.A.2; IEC 81001-5-1
/// §7.3–7.4; ISO 14971 §7.4): the method, the acceptable residual levels,
/// the matrix and every live threat, worst residual risk first.
public struct RiskAssessmentView: Sendable {
    public var methodName: String?
    /// "low, medium".
    public var acceptableText: String
    public var rows: [RiskRowView]
    public var hasRows: Bool
    /// "2 threats outside the acceptable levels".
    public var outsideText: String
    public var matrix: CountGridView
}

extension RiskAssessmentView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "methodName": self.methodName
        case "acceptableText": self.acceptableText
        case "rows": self.rows
        case "hasRows": self.hasRows
        case "outsideText": self.outsideText
        case "matrix": self.matrix
        default: nil
        }
    }
}
