/// The one description of a front-matter field: what it is called, what it
/// takes, whether it is required, and how a reader sees it. Parsing, the
/// JSON Schema, the JSON export, the field tables of every output, the
/// `new` skeleton and the typo check all read it; none keeps a list of its own.
public struct FieldSpec: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters, digits, `-`, `_`, `.`; starts with a letter.
        case identifier
        case text
        /// `true`/`false`, or `yes`/`no` in any case.
        case flag
        case number
        /// `YYYY-MM-DD` as written.
        case date
        /// One of a fixed list.
        case choice([String])
        /// One or a list of values from a fixed list.
        case choices([String])
        /// One or a list of text values.
        case texts
        /// One or a list of the project's phases (dossier.yml `phases:`).
        case phases
        /// One or a list of item ids.
        case link(LinkField)
        /// One or a list of mappings, each with these fields: a review's
        /// reviewers. `entry` is what one mapping is called ("reviewer").
        case records(entry: String, fields: [FieldSpec])

        /// Whether the field takes a list (a single value counts as a one-element list).
        public var isList: Bool {
            switch self {
            case .choices, .texts, .phases, .link, .records: true
            case .identifier, .text, .flag, .number, .date, .choice: false
            }
        }

        /// The allowed values of a choice, in the order the format lists them.
        public var allowedValues: [String]? {
            switch self {
            case .choice(let values), .choices(let values): values
            default: nil
            }
        }
    }

    public var name: String
    public var kind: Kind
    public var isRequired: Bool
    /// The label of the field in tables: "Residual risk".
    public var label: String
    /// One sentence for the schema, the reference and the `new` skeleton.
    public var help: String
    /// The value an absent field stands for, as written in front matter.
    public var defaultValue: String?
    /// How list values are joined in a table cell; free text may hold commas.
    public var separator: String
    /// An http(s) value is shown as a link; any other as text, never as a
    /// link into the build machine's file system.
    public var linksWebAddresses: Bool
    /// A link field's title on the target's page ("Mitigated by"), as the
    /// linking type declares it.
    public var reverseLabel: String?

    public init(_ name: String, _ kind: Kind, label: String, help: String, required: Bool = false,
                defaultValue: String? = nil, separator: String = ", ", linksWebAddresses: Bool = false) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.label = label
        self.help = help
        self.defaultValue = defaultValue
        self.separator = separator
        self.linksWebAddresses = linksWebAddresses
    }

    /// "reviewed_by" → "Reviewed by": the label of a field the tool does not
    /// know, so a team's own fields read like the built-in ones.
    public static func humanized(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " })
        guard let first = words.first else { return name }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst().map(String.init))
            .joined(separator: " ")
    }
}

/// A known field's value as read from front matter, before or after it is
/// stored in an item's typed details.
public enum FieldContent: Hashable, Sendable {
    case absent
    case text(String)
    case flag(Bool)
    case number(Double)
    case list([String])
    /// The mappings of a `records` field, each by key; absent keys left out.
    case records([[String: FieldContent]])
}
