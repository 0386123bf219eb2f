import Foundation

/// Reads one threat-model file, recognising the tool from its content, not
/// its name (SPEC §13.2): XML whose root is the Threat Modeling Tool's
/// `ThreatModel`, or Threat Dragon 2.x JSON.
public enum ThreatModelReader {
    public static func read(_ data: Data, path: String) throws(ThreatModelReadError) -> ThreatModelDocument {
        // UTF-16 is XML's other encoding; JSON is UTF-8.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return try readXML(data, path: path) }
        switch firstByte(of: data) {
        case UInt8(ascii: "<"): return try readXML(data, path: path)
        case UInt8(ascii: "{"), UInt8(ascii: "["): return try readJSON(data, path: path)
        case nil: throw .unknownFormat(found: "an empty file")
        default: throw .unknownFormat(found: "neither XML nor JSON")
        }
    }

    /// The first byte that is not white space or a UTF-8 byte order mark.
    private static func firstByte(of data: Data) -> UInt8? {
        var bytes = data.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        return bytes.first
    }

    private static func readXML(_ data: Data, path: String) throws(ThreatModelReadError) -> ThreatModelDocument {
        // The knowledge base (threat types, stencils) is most of the file and
        // nothing the dossier shows.
        let tree = try XMLTree.parse(data, skipping: ["KnowledgeBase", "Profile"])
        guard tree.root.name == "ThreatModel", tree.rootNamespace == ThreatModelingToolReader.namespace else {
            let namespace = tree.rootNamespace.flatMap { $0.isEmpty ? nil : " in the namespace \($0)" }
                ?? " in no namespace"
            throw .unknownFormat(found: "XML whose root element is \(tree.root.name)\(namespace)")
        }
        return ThreatModelingToolReader.document(from: tree, path: path)
    }

    private static func readJSON(_ data: Data, path: String) throws(ThreatModelReadError) -> ThreatModelDocument {
        let json = try LocatedJSON.parse(data)
        guard json.isObject else { throw .unknownFormat(found: "JSON that is not an object") }
        guard json["summary"] != nil, let diagrams = json["detail"]?["diagrams"]?.array else {
            throw .unknownFormat(found: "JSON without summary and detail.diagrams")
        }
        // Threat Dragon 1.x kept each diagram's graph in `diagramJson`, and
        // its files state version 1.x or none.
        let version = json["version"]?.text
        if diagrams.contains(where: { $0["cells"]?.array == nil }) {
            let isVersion1 = version == nil || version?.hasPrefix("1.") == true
            if isVersion1 || diagrams.contains(where: { $0["diagramJson"] != nil }) {
                throw .threatDragonVersion1
            }
            throw .unknownFormat(found: "JSON whose diagrams have no cells")
        }
        return ThreatDragonReader.document(from: json, path: path)
    }
}
