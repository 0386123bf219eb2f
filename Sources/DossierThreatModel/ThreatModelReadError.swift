/// Why a threat-model file cannot be read; `reason` says what was found
/// and what was expected, `line` and `column` where a parse stopped.
public enum ThreatModelReadError: Error, Hashable, Sendable {
    case notXML(line: Int, column: Int, detail: String)
    case notJSON(line: Int, column: Int, detail: String)
    /// A DOCTYPE: no tool writes one into a model, and reading one is how
    /// entity expansion and external entities get in.
    case documentType(line: Int, column: Int)
    case threatDragonVersion1
    /// Well-formed, but neither tool's model; says what it is instead.
    case unknownFormat(found: String)

    static let expected = "a Microsoft Threat Modeling Tool 7 model (XML with the root element ThreatModel) "
        + "or an OWASP Threat Dragon 2.x model (JSON with summary and detail.diagrams, each diagram with cells)"

    public var reason: String {
        switch self {
        case .notXML(let line, let column, let detail):
            "not XML: line \(line), column \(column): \(detail); expected \(Self.expected)"
        case .notJSON(let line, let column, let detail):
            "not JSON: line \(line), column \(column): \(detail); expected \(Self.expected)"
        case .documentType(let line, let column):
            "not read: line \(line), column \(column): a DOCTYPE, which no threat-modelling tool writes "
                + "and the dossier never loads; expected \(Self.expected)"
        case .threatDragonVersion1:
            "a Threat Dragon 1.x model: open it in Threat Dragon 2 and save it"
        case .unknownFormat(let found):
            "\(found), not \(Self.expected)"
        }
    }

    public var line: Int? {
        switch self {
        case .notXML(let line, _, _), .notJSON(let line, _, _), .documentType(let line, _): line
        case .threatDragonVersion1, .unknownFormat: nil
        }
    }

    public var column: Int? {
        switch self {
        case .notXML(_, let column, _), .notJSON(_, let column, _), .documentType(_, let column): column
        case .threatDragonVersion1, .unknownFormat: nil
        }
    }
}
