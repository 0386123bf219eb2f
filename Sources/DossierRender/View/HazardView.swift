import Mustache

public struct HazardView: Sendable {
    public var hazard: ItemReferenceView
    public var severity: String
    public var harm: String
    public var threats: [ItemReferenceView]
    public var controls: [ItemReferenceView]
}

extension HazardView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "hazard": self.hazard
        case "severity": self.severity
        case "harm": self.harm
        case "threats": self.threats
        case "controls": self.controls
        default: nil
        }
    }
}
