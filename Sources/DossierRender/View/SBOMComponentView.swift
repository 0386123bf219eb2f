import Mustache

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

extension SBOMComponentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "version": self.version
        case "supplier": self.supplier
        case "hasSupplier": self.hasSupplier
        case "licence": self.licence
        case "purl": self.purl
        case "hasPurl": self.hasPurl
        case "label": self.label
        case "file": self.file
        default: nil
        }
    }
}
