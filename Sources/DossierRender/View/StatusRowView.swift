import DossierMustache

/// A status the trace gives an item, shown in its field table: a
/// requirement's verification ("failed", VER-3), a threat's coverage in one
/// phase.
struct StatusRowView: Sendable {
    var name: String
    /// The badge's class: a `VerificationState`, `ThreatCoverageStatus`,
    /// `InterfaceStatus` raw value or a `RiskStanding` name.
    var state: String
    var text: String
    /// The items behind the status, e.g. "VER-3"; may be empty.
    var detail: String
    /// `text` with `detail` in parentheses, for text outputs: "failed (VER-3)".
    var summary: String

    init(name: String, state: String, text: String, detail: String) {
        self.name = name
        self.state = state
        self.text = text
        self.detail = detail
        self.summary = detail.isEmpty ? text : "\(text) (\(detail))"
    }
}

extension StatusRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "state": TemplateValue(self.state)
        case "text": TemplateValue(self.text)
        case "detail": TemplateValue(self.detail)
        case "summary": TemplateValue(self.summary)
        default: .null
        }
    }
}
