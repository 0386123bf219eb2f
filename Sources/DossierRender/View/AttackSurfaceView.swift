import Mustache

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

extension AttackSurfaceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "interfaces": self.interfaces
        case "hasInterfaces": self.hasInterfaces
        case "summaryText": self.summaryText
        case "gapsText": self.gapsText
        case "hasGaps": self.hasGaps
        case "picture": self.picture
        default: nil
        }
    }
}
