import Mustache

public struct AssetView: Sendable {
    public var asset: ItemReferenceView
    public var properties: String
    public var threats: [ItemReferenceView]
}

extension AssetView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "asset": self.asset
        case "properties": self.properties
        case "threats": self.threats
        default: nil
        }
    }
}
