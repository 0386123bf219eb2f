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

/// A key the tool does not know, one slip from a key it reads that the
/// mapping lacks (`intended-use` under `product`): kept like any team key,
/// and reported by `possible-typo-field`, since its value is not read.
public struct MisspeltKey: Hashable, Sendable {
    public var written: String
    public var meant: String
    public var line: Int

    public init(written: String, meant: String, line: Int) {
        self.written = written
        self.meant = meant
        self.line = line
    }
}
