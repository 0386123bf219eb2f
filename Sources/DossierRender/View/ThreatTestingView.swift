import Mustache

/// A mitigated threat and the adversarial tests that reached it
/// (IEC 81001-5-1 §5.7.2–5.7.4).
public struct ThreatTestingView: Sendable {
    public var threat: ItemReferenceView
    public var tests: [AdversarialTestView]
    public var hasTests: Bool
    /// "gap" (nothing attacked it), "failed", "not-run" or "pass".
    public var state: String
    public var stateText: String
}

extension ThreatTestingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "tests": self.tests
        case "hasTests": self.hasTests
        case "state": self.state
        case "stateText": self.stateText
        default: nil
        }
    }
}
