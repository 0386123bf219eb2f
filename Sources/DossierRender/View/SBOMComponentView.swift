import DossierMustache

/// One component as an SBOM file lists it.
struct SBOMComponentView: Sendable {
    var name: String
    var version: String
    var supplier: String
    /// A supplier is one of the NTIA minimum elements: a missing one is
    /// said, not left as an empty cell.
    var hasSupplier: Bool { !supplier.isEmpty }
    var licence: String
    /// The purl as the SBOM gives it, or empty: with several SBOMs, the
    /// same name can be two packages of two ecosystems.
    var purl: String
    var hasPurl: Bool { !purl.isEmpty }
    /// The purl, else `name@version`.
    var label: String
    var file: String
}

extension SBOMComponentView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "version": TemplateValue(self.version)
        case "supplier": TemplateValue(self.supplier)
        case "hasSupplier": TemplateValue(self.hasSupplier)
        case "licence": TemplateValue(self.licence)
        case "purl": TemplateValue(self.purl)
        case "hasPurl": TemplateValue(self.hasPurl)
        case "label": TemplateValue(self.label)
        case "file": TemplateValue(self.file)
        default: .null
        }
    }
}
