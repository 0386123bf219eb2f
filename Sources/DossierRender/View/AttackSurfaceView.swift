import DossierMustache

/// The attack surface chapter: the interface inventory with each
/// interface's status, and its picture.
public struct AttackSurfaceView: Sendable {
    public var interfaces: [InterfaceView]
    public var hasInterfaces: Bool
    /// "6 interfaces: 4 protected, 1 unprotected, 1 not threat-modelled, 0 unused".
    public var summaryText: String
    /// "2 gaps".
    public var gapsText: String
    public var hasGaps: Bool
    /// The attack surface as inline SVG; empty in outputs that draw none.
    public var picture: String
}

extension AttackSurfaceView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
