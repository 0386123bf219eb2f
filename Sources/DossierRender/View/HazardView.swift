import DossierMustache

struct HazardView: Sendable {
    var hazard: ItemReferenceView
    var severity: String
    var harm: String
    var threats: [ItemReferenceView]
    var controls: [ItemReferenceView]
}

extension HazardView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
