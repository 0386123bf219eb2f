import DossierMustache

/// "The device shall connect to Wi-Fi" and what secures it.
struct SecuredRequirementView: Sendable {
    var requirement: ItemReferenceView
    var category: String
    /// "IF-WIFI, IF-BLE": the interfaces it names, which make it
    /// security-relevant whatever `security_relevant` says.
    var namedInterfaces: String?
    var securedBy: [ItemReferenceView]
    var isGap: Bool
}

extension SecuredRequirementView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "requirement": TemplateValue(self.requirement)
        case "category": TemplateValue(self.category)
        case "namedInterfaces": TemplateValue(self.namedInterfaces)
        case "securedBy": TemplateValue(self.securedBy)
        case "isGap": TemplateValue(self.isGap)
        default: .null
        }
    }
}
