/// The parts of an SPDX 2.3 JSON document that the dossier uses.
struct SPDXDocument: Decodable {
    var spdxVersion: String?
    var packages: [Package]
    var relationships: [Relationship]
    var documentDescribes: [String]

    private enum CodingKeys: String, CodingKey { case spdxVersion, packages, relationships, documentDescribes }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        spdxVersion = container.lenient(.spdxVersion)
        packages = container.lenientList(.packages)
        relationships = container.lenientList(.relationships)
        documentDescribes = container.lenient(.documentDescribes) ?? []
    }

    struct Package: Decodable {
        var spdxID: String?
        var name: String
        var versionInfo: String?
        var supplier: String?
        var licenseConcluded: String?
        var licenseDeclared: String?
        var externalRefs: [ExternalReference]

        private enum CodingKeys: String, CodingKey {
            case spdxID = "SPDXID", name, versionInfo, supplier, licenseConcluded, licenseDeclared, externalRefs
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            spdxID = container.lenient(.spdxID)
            versionInfo = container.lenient(.versionInfo)
            supplier = container.lenient(.supplier)
            licenseConcluded = container.lenient(.licenseConcluded)
            licenseDeclared = container.lenient(.licenseDeclared)
            externalRefs = container.lenientList(.externalRefs)
        }
    }

    struct ExternalReference: Decodable {
        var referenceType: String?
        var referenceLocator: String?
    }

    struct Relationship: Decodable {
        var spdxElementId: String?
        var relationshipType: String?
        var relatedSpdxElement: String?
    }
}
