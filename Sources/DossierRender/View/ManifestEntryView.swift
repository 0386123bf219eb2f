import DossierMustache

public struct ManifestEntryView: Sendable {
    public var path: String
    public var sha256: String
    public var bytes: Int
}

extension ManifestEntryView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "path": TemplateValue(self.path)
        case "sha256": TemplateValue(self.sha256)
        case "bytes": TemplateValue(self.bytes)
        default: .null
        }
    }
}
