import DossierModel
import DossierSBOM

/// What a `component` item needs beyond its declared fields (docs/format.md,
/// "Third-party software"): a `purl` or a `name` to say which SBOM components
/// it documents, and a `purl` that parses as the purl specification says.
struct ComponentReader {
    let file: String
    let id: String

    func check(_ component: ComponentDetails, fields: inout FieldReader) {
        if let purl = component.purl, PackageURL(purl) == nil {
            fields.fail(.invalidValue(SourceLocation(file: file, line: fields.keyLine("purl") ?? 1), field: "purl",
                                      value: purl, expected: "a package URL such as pkg:pypi/requests@2.32.3 "
                                          + "(pkg:type/namespace/name@version; without @version for every version)"))
        }
        if (component.purl ?? "").isEmpty && (component.name ?? "").isEmpty {
            fields.fail(fields.missing(oneOf: ["purl", "name"], of: "component \(id)",
                                       at: SourceLocation(file: file, line: 1)))
        }
    }
}
