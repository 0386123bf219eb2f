import DossierMustache

public struct AssetView: Sendable {
    public var asset: ItemReferenceView
    public var properties: String
    public var threats: [ItemReferenceView]
}

extension AssetView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "asset": TemplateValue(self.asset)
        case "properties": TemplateValue(self.properties)
        case "threats": TemplateValue(self.threats)
        default: .null
        }
    }
}
