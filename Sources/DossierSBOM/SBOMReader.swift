import Foundation

/// Why an SBOM file cannot be read; `reason` says what was expected.
public enum SBOMReadError: Error, Hashable, Sendable {
    case notJSON(String)
    case unknownFormat
    case unsupportedVersion(format: String, version: String)

    public var reason: String {
        switch self {
        case .notJSON(let detail):
            "is not JSON (\(detail)); the dossier reads CycloneDX JSON 1.4 to 1.6 and SPDX 2.3 JSON"
        case .unknownFormat:
            "is neither a CycloneDX JSON BOM (`\"bomFormat\": \"CycloneDX\"`) nor an SPDX JSON document "
                + "(`\"spdxVersion\"`); the dossier reads CycloneDX JSON 1.4 to 1.6 and SPDX 2.3 JSON"
        case .unsupportedVersion(let format, let version):
            "is \(format) version \(version); the dossier reads CycloneDX JSON 1.4 to 1.6 and SPDX 2.3 JSON"
        }
    }
}

/// Decodes one SBOM file (CycloneDX JSON 1.4–1.6, SPDX 2.3 JSON) into an
/// `SBOMDocument`, with Foundation's JSON decoding.
public enum SBOMReader {
    public static let cycloneDXVersions: Set<String> = ["1.4", "1.5", "1.6"]
    public static let spdxVersion = "SPDX-2.3"

    public static func read(_ data: Data, path: String) throws(SBOMReadError) -> SBOMDocument {
        let file: SBOMFile
        do {
            file = try JSONDecoder().decode(SBOMFile.self, from: data)
        } catch let error as SBOMReadError {
            throw error
        } catch DecodingError.dataCorrupted(let context) {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw .notJSON(underlying ?? context.debugDescription)
        } catch {
            throw .unknownFormat
        }
        switch file {
        case .cycloneDX(let bom): return document(from: bom, path: path)
        case .spdx(let spdx): return document(from: spdx, path: path)
        }
    }

    static func document(from bom: CycloneDXBOM, path: String) -> SBOMDocument {
        var flat: [CycloneDXBOM.Component] = []
        for component in bom.components { component.flattened(into: &flat) }
        let components = flat.map {
            SBOMComponent(name: $0.name, version: $0.version, purl: $0.purl, supplier: $0.supplier,
                          licence: $0.licence, reference: $0.bomRef)
        }
        let vulnerabilities = bom.vulnerabilities.compactMap { entry -> SBOMVulnerability? in
            guard let id = entry.id, !id.isEmpty else { return nil }
            return SBOMVulnerability(id: id, stateText: entry.analysis?.state,
                                     justification: entry.analysis?.justification, detail: entry.analysis?.detail,
                                     affects: entry.affects.compactMap(\.ref))
        }
        return SBOMDocument(path: path, format: .cycloneDX, specVersion: bom.specVersion ?? "",
                            serialNumber: bom.serialNumber, version: bom.version ?? 1,
                            components: components, vulnerabilities: vulnerabilities)
    }

    static func document(from spdx: SPDXDocument, path: String) -> SBOMDocument {
        // What the document describes is the product itself, not a part of it.
        var described = Set(spdx.documentDescribes)
        for relationship in spdx.relationships
        where relationship.spdxElementId == "SPDXRef-DOCUMENT" && relationship.relationshipType == "DESCRIBES" {
            if let element = relationship.relatedSpdxElement { described.insert(element) }
        }
        let components = spdx.packages.compactMap { package -> SBOMComponent? in
            if let id = package.spdxID, described.contains(id) { return nil }
            let purl = package.externalRefs.first { $0.referenceType == "purl" }?.referenceLocator
            return SBOMComponent(name: package.name, version: package.versionInfo, purl: purl,
                                 supplier: spdxEntity(package.supplier),
                                 licence: spdxValue(package.licenseConcluded) ?? spdxValue(package.licenseDeclared),
                                 reference: package.spdxID)
        }
        return SBOMDocument(path: path, format: .spdx, specVersion: spdx.spdxVersion ?? "", components: components)
    }

    /// `NOASSERTION` says nothing; it is shown as nothing.
    private static func spdxValue(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value != "NOASSERTION" else { return nil }
        return value
    }

    /// `Organization: Example Inc. (info@example.com)` → `Example Inc. (info@example.com)`.
    private static func spdxEntity(_ value: String?) -> String? {
        guard let value = spdxValue(value) else { return nil }
        for prefix in ["Organization:", "Person:", "Tool:"] where value.hasPrefix(prefix) {
            return value.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        return value
    }
}

/// The top of an SBOM file: which format it is, read in the same pass as its
/// contents so a large file is parsed once.
enum SBOMFile: Decodable {
    case cycloneDX(CycloneDXBOM)
    case spdx(SPDXDocument)

    private enum CodingKeys: String, CodingKey { case bomFormat, specVersion, spdxVersion }

    init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<CodingKeys>
        do {
            container = try decoder.container(keyedBy: CodingKeys.self)
        } catch {
            throw SBOMReadError.unknownFormat
        }
        if let format: String = container.lenient(.bomFormat), format == "CycloneDX" {
            let version: String = container.lenient(.specVersion) ?? "(none)"
            guard SBOMReader.cycloneDXVersions.contains(version) else {
                throw SBOMReadError.unsupportedVersion(format: "CycloneDX", version: version)
            }
            self = .cycloneDX(try CycloneDXBOM(from: decoder))
        } else if container.contains(.spdxVersion) {
            let version: String = container.lenient(.spdxVersion) ?? "(none)"
            guard version == SBOMReader.spdxVersion else {
                throw SBOMReadError.unsupportedVersion(format: "SPDX", version: version)
            }
            self = .spdx(try SPDXDocument(from: decoder))
        } else {
            throw SBOMReadError.unknownFormat
        }
    }
}
