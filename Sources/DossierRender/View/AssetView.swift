import DossierMustache

struct AssetView: Sendable {
    var asset: ItemReferenceView
    var properties: String
    var threats: [ItemReferenceView]
}

extension AssetView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "asset": TemplateValue(self.asset)
        case "properties": TemplateValue(self.properties)
        case "threats": TemplateValue(self.threats)
        default: .null
        }
    }
}
