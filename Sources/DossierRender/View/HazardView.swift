import DossierMustache

public struct HazardView: Sendable {
    public var hazard: ItemReferenceView
    public var severity: String
    public var harm: String
    public var threats: [ItemReferenceView]
    public var controls: [ItemReferenceView]
}

extension HazardView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "hazard": TemplateValue(self.hazard)
        case "severity": TemplateValue(self.severity)
        case "harm": TemplateValue(self.harm)
        case "threats": TemplateValue(self.threats)
        case "controls": TemplateValue(self.controls)
        default: .null
        }
    }
}
