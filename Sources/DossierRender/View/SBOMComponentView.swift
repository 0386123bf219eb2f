import Mustache

/// One component as an SBOM file lists it.
struct SBOMComponentView: Sendable {
    var name: String
    var version: String
    var supplier: String
    var licence: String
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
        case "licence": self.licence
        case "label": self.label
        case "file": self.file
        default: nil
        }
    }
}
