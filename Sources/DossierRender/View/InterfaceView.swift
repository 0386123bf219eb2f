import DossierMustache

/// One row of the interface inventory: what the interface is, who can reach
/// it, which threats enter through it and which security requirements
/// protect it.
struct InterfaceView: Sendable {
    var interface: ItemReferenceView
    var kind: String
    var exposure: String
    /// "yes" or "no".
    var inUse: String
    /// The text fields, "—" when not given.
    var `protocol`: String
    var authentication: String
    var encryption: String
    var threats: [ItemReferenceView]
    var protectedBy: [ItemReferenceView]
    /// "protected", "unprotected", "unprotected-local" (no finding: not
    /// reachable remotely), "not-threat-modelled" or "unused", for the badge.
    var status: String
    var statusText: String
    var isGap: Bool
}

extension InterfaceView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "interface": TemplateValue(self.interface)
        case "kind": TemplateValue(self.kind)
        case "exposure": TemplateValue(self.exposure)
        case "inUse": TemplateValue(self.inUse)
        case "protocol": TemplateValue(self.protocol)
        case "authentication": TemplateValue(self.authentication)
        case "encryption": TemplateValue(self.encryption)
        case "threats": TemplateValue(self.threats)
        case "protectedBy": TemplateValue(self.protectedBy)
        case "status": TemplateValue(self.status)
        case "statusText": TemplateValue(self.statusText)
        case "isGap": TemplateValue(self.isGap)
        default: .null
        }
    }
}
