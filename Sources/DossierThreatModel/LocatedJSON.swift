import Foundation

/// A JSON value that knows the line it starts on. Foundation's parsers keep
/// no positions, and a finding on a Threat Dragon threat points at the `{`
/// that opens it.
indirect enum LocatedJSON {
    case object([String: LocatedJSON], keys: [String], line: Int)
    case array([LocatedJSON], line: Int)
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    subscript(key: String) -> LocatedJSON? {
        if case .object(let members, _, _) = self { members[key] } else { nil }
    }

    var line: Int? {
        switch self {
        case .object(_, _, let line), .array(_, let line): line
        default: nil
        }
    }

    var array: [LocatedJSON]? { if case .array(let items, _) = self { items } else { nil } }
    var isObject: Bool { if case .object = self { true } else { false } }

    /// A string, or a number written as one would (`6`, `2.5`).
    var text: String? {
        switch self {
        case .string(let text): text
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: String(Int(number))
        case .number(let number): String(number)
        default: nil
        }
    }

    /// Text that says something: nil for missing, null, empty or blank.
    var nonBlankText: String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    var number: Double? { if case .number(let number) = self { number } else { nil } }

    static func parse(_ data: Data) throws(ThreatModelReadError) -> LocatedJSON {
        var scanner = LocatedJSONScanner(bytes: [UInt8](data))
        return try scanner.document()
    }
}
