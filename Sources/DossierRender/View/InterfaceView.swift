import Mustache

/// One row of the interface inventory: what the interface is, who can reach
/// it, which threats enter through it and which security requirements
/// protect it.
public struct InterfaceView: Sendable {
    public var interface: ItemReferenceView
    public var kind: String
    public var exposure: String
    /// "yes" or "no".
    public var inUse: String
    /// The text fields, "—" when not given.
    public var `protocol`: String
    public var authentication: String
    public var encryption: String
    public var threats: [ItemReferenceView]
    public var protectedBy: [ItemReferenceView]
    /// "protected", "unprotected", "unprotected-local" (no finding: not
    /// reachable remotely), "not-threat-modelled" or "unused", for the badge.
    public var status: String
    public var statusText: String
    public var isGap: Bool
}

extension InterfaceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "interface": self.interface
        case "kind": self.kind
        case "exposure": self.exposure
        case "inUse": self.inUse
        case "protocol": self.protocol
        case "authentication": self.authentication
        case "encryption": self.encryption
        case "threats": self.threats
        case "protectedBy": self.protectedBy
        case "status": self.status
        case "statusText": self.statusText
        case "isGap": self.isGap
        default: nil
        }
    }
}
