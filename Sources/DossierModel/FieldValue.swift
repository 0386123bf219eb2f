/// A front-matter value kept as written, for fields the tool does not know
/// (teams add their own; docs/format.md, "Unknown fields": kept and shown).
public indirect enum FieldValue: Hashable, Sendable {
    case text(String)
    case list([FieldValue])
    case mapping([NamedValue])

    /// A one-line rendering for tables: lists joined by commas, mappings as `key: value`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .list(let values): values.map(\.displayText).joined(separator: ", ")
        case .mapping(let pairs): pairs.map { "\($0.name): \($0.value.displayText)" }.joined(separator: "; ")
        }
    }
}

/// A key and its value, in the order of the file.
public struct NamedValue: Hashable, Sendable {
    public var name: String
    public var value: FieldValue
    public var line: Int

    public init(name: String, value: FieldValue, line: Int) {
        self.name = name
        self.value = value
        self.line = line
    }
}
