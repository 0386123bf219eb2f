import DossierMustache

struct ManifestEntryView: Sendable {
    var path: String
    var sha256: String
    var bytes: Int
}

extension ManifestEntryView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "path": TemplateValue(self.path)
        case "sha256": TemplateValue(self.sha256)
        case "bytes": TemplateValue(self.bytes)
        default: .null
        }
    }
}
