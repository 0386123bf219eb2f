import Mustache

/// "The device shall connect to Wi-Fi" and what secures it.
public struct SecuredRequirementView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    /// "IF-WIFI, IF-BLE": the interfaces it names, which make it
    /// security-relevant whatever `security_relevant` says.
    public var namedInterfaces: String?
    public var securedBy: [ItemReferenceView]
    public var isGap: Bool
}

extension SecuredRequirementView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "namedInterfaces": self.namedInterfaces
        case "securedBy": self.securedBy
        case "isGap": self.isGap
        default: nil
        }
    }
}
