import DossierMustache

/// A mitigated threat and the adversarial tests that reached it
/// (IEC 81001-5-1 §5.7.2–5.7.4).
struct ThreatTestingView: Sendable {
    var threat: ItemReferenceView
    var tests: [AdversarialTestView]
    var hasTests: Bool
    /// "gap" (nothing attacked it), "failed", "not-run" or "pass".
    var state: String
    var stateText: String
}

extension ThreatTestingView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "threat": TemplateValue(self.threat)
        case "tests": TemplateValue(self.tests)
        case "hasTests": TemplateValue(self.hasTests)
        case "state": TemplateValue(self.state)
        case "stateText": TemplateValue(self.stateText)
        default: .null
        }
    }
}
