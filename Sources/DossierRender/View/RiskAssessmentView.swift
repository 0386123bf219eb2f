import DossierMustache

/// The risk assessment chapter (FDA premarket guidance §V.A.2; IEC 81001-5-1
/// §7.3–7.4; ISO 14971 §7.4): the method, the acceptable residual levels,
/// the matrix and every live threat, worst residual risk first.
struct RiskAssessmentView: Sendable {
    var methodName: String?
    /// "low, medium".
    var acceptableText: String
    var rows: [RiskRowView]
    var hasRows: Bool
    /// "2 threats outside the acceptable levels".
    var outsideText: String
    var matrix: CountGridView
}

extension RiskAssessmentView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "methodName": TemplateValue(self.methodName)
        case "acceptableText": TemplateValue(self.acceptableText)
        case "rows": TemplateValue(self.rows)
        case "hasRows": TemplateValue(self.hasRows)
        case "outsideText": TemplateValue(self.outsideText)
        case "matrix": TemplateValue(self.matrix)
        default: .null
        }
    }
}
