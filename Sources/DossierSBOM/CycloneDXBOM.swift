/// The parts of a CycloneDX JSON BOM (spec versions 1.4 to 1.6) that the
/// dossier uses. Everything else in the file is ignored.
struct CycloneDXBOM: Decodable {
    var bomFormat: String?
    var specVersion: String?
    var serialNumber: String?
    var version: Int?
    var components: [Component]
    var vulnerabilities: [Vulnerability]

    private enum CodingKeys: String, CodingKey {
        case bomFormat, specVersion, serialNumber, version, components, vulnerabilities
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bomFormat = container.lenient(.bomFormat)
        specVersion = container.lenient(.specVersion)
        serialNumber = container.lenient(.serialNumber)
        version = container.lenient(.version)
        // `metadata.component` is the product itself: it, and anything
        // nested in it, is not read at all.
        components = container.lenientList(.components)
        vulnerabilities = container.lenientList(.vulnerabilities)
    }

    struct Component: Decodable {
        var name: String
        var version: String?
        var purl: String?
        var bomRef: String?
        var supplier: String?
        var licence: String?
        var components: [Component]

        private enum CodingKeys: String, CodingKey {
            case name, version, purl, supplier, licenses, components, author, group
            case bomRef = "bom-ref"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            version = container.lenient(.version)
            purl = container.lenient(.purl)
            bomRef = container.lenient(.bomRef)
            let entity: Entity? = container.lenient(.supplier)
            supplier = entity?.name ?? container.lenient(.author)
            let licences: [LicenceChoice] = container.lenientList(.licenses)
            // An SPDX id or expression says it exactly; free-text names
            // (a trove classifier) only when there is nothing better.
            let exact = licences.compactMap(\.exact)
            let names = exact.isEmpty ? licences.compactMap(\.license?.name) : exact
            licence = names.isEmpty ? nil : names.joined(separator: ", ")
            components = container.lenientList(.components)
        }

        /// This component and every component nested in it, depth first.
        func flattened(into list: inout [Component]) {
            list.append(self)
            for child in components { child.flattened(into: &list) }
        }
    }

    struct Entity: Decodable {
        var name: String?
    }

    /// `{"license": {"id": …} | {"name": …}}` or `{"expression": …}`.
    struct LicenceChoice: Decodable {
        struct Licence: Decodable {
            var id: String?
            var name: String?
        }

        var license: Licence?
        var expression: String?

        var exact: String? { expression ?? license?.id }
    }

    struct Vulnerability: Decodable {
        struct Affect: Decodable {
            var ref: String?
        }

        struct Analysis: Decodable {
            var state: String?
            var justification: String?
            var detail: String?
        }

        var id: String?
        var affects: [Affect]
        var analysis: Analysis?

        private enum CodingKeys: String, CodingKey { case id, affects, analysis }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = container.lenient(.id)
            affects = container.lenientList(.affects)
            analysis = container.lenient(.analysis)
        }
    }
}
