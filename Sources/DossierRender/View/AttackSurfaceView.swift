import DossierMustache

/// The attack surface chapter: the interface inventory with each
/// interface's status, and its picture.
struct AttackSurfaceView: Sendable {
    var interfaces: [InterfaceView]
    var hasInterfaces: Bool
    /// "6 interfaces: 4 protected, 1 unprotected, 1 not threat-modelled, 0 unused".
    var summaryText: String
    /// "2 gaps".
    var gapsText: String
    var hasGaps: Bool
    /// The attack surface as inline SVG; empty in outputs that draw none.
    var picture: String
}

extension AttackSurfaceView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "interfaces": TemplateValue(self.interfaces)
        case "hasInterfaces": TemplateValue(self.hasInterfaces)
        case "summaryText": TemplateValue(self.summaryText)
        case "gapsText": TemplateValue(self.gapsText)
        case "hasGaps": TemplateValue(self.hasGaps)
        case "picture": TemplateValue(self.picture)
        default: .null
        }
    }
}
