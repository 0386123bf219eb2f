/// One field of an item type, in the order authors meet it: the phases the
/// item holds in, a field stored in the type's details, or a link.
public enum ItemField<Details: Sendable>: Sendable {
    case phases(FieldSpec)
    case detail(DetailField<Details>)
    case link(FieldSpec)

    public var spec: FieldSpec {
        switch self {
        case .phases(let spec), .link(let spec): spec
        case .detail(let field): field.spec
        }
    }

    public static func phases(required: Bool = false, help: String) -> Self {
        .phases(FieldSpec("phases", .phases, label: "Phases", help: help, required: required))
    }

    /// - Parameter reverse: how the link reads on the target's page
    ///   ("Mitigated by"): one field means different things by who links.
    public static func link(_ field: LinkField, help: String, reverse: String, required: Bool = false) -> Self {
        var spec = FieldSpec(field.rawValue, .link(field), label: field.forwardTitle, help: help, required: required)
        spec.reverseLabel = reverse
        return .link(spec)
    }
}

/// A field stored in a type's details: its description and how a value
/// moves between front matter and the typed property.
public struct DetailField<Details: Sendable>: Sendable {
    public let spec: FieldSpec
    public let read: @Sendable (Details) -> FieldContent
    public let write: @Sendable (inout Details, FieldContent) -> Void
}

extension ItemField {
    public static func text(_ name: String, _ path: WritableKeyPath<Details, String?> & Sendable, label: String,
                            help: String, linksWebAddresses: Bool = false) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .text, label: label, help: help, linksWebAddresses: linksWebAddresses),
            read: { $0[keyPath: path].map(FieldContent.text) ?? .absent },
            write: { details, content in if case .text(let text) = content { details[keyPath: path] = text } }))
    }

    public static func date(_ name: String, _ path: WritableKeyPath<Details, String?> & Sendable, label: String,
                            help: String, required: Bool = false) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .date, label: label, help: help, required: required),
            read: { $0[keyPath: path].map(FieldContent.text) ?? .absent },
            write: { details, content in if case .text(let text) = content { details[keyPath: path] = text } }))
    }

    public static func flag(_ name: String, _ path: WritableKeyPath<Details, Bool> & Sendable, label: String,
                            help: String, defaultValue: Bool = false) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .flag, label: label, help: help, defaultValue: String(defaultValue)),
            read: { .flag($0[keyPath: path]) },
            write: { details, content in if case .flag(let flag) = content { details[keyPath: path] = flag } }))
    }

    public static func number(_ name: String, _ path: WritableKeyPath<Details, Double?> & Sendable, label: String,
                              help: String) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .number, label: label, help: help),
            read: { $0[keyPath: path].map(FieldContent.number) ?? .absent },
            write: { details, content in if case .number(let number) = content { details[keyPath: path] = number } }))
    }

    /// A choice that may be absent.
    public static func choice<Value: EnumeratedValue>(_ name: String, _ path: WritableKeyPath<Details, Value?> & Sendable,
                                                      label: String, help: String, required: Bool = false) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .choice(Value.allowedValues), label: label, help: help, required: required),
            read: { $0[keyPath: path].map { .text($0.rawValue) } ?? .absent },
            write: { details, content in
                if case .text(let text) = content { details[keyPath: path] = Value(rawValue: text) }
            }))
    }

    /// A choice that stands for `defaultValue` when absent.
    public static func choice<Value: EnumeratedValue>(_ name: String, _ path: WritableKeyPath<Details, Value> & Sendable,
                                                      defaultValue: Value, label: String, help: String) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .choice(Value.allowedValues), label: label, help: help,
                            defaultValue: defaultValue.rawValue),
            read: { .text($0[keyPath: path].rawValue) },
            write: { details, content in
                if case .text(let text) = content, let value = Value(rawValue: text) { details[keyPath: path] = value }
            }))
    }

    /// - Parameter defaultValue: what an absent or empty list stands for;
    ///   the details keep the list as written, empty.
    public static func choices<Value: EnumeratedValue>(_ name: String, _ path: WritableKeyPath<Details, [Value]> & Sendable,
                                                       label: String, help: String, defaultValue: [Value] = []) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .choices(Value.allowedValues), label: label, help: help,
                            defaultValue: defaultValue.isEmpty ? nil : defaultValue.map(\.rawValue).joined(separator: ", ")),
            read: { .list($0[keyPath: path].map(\.rawValue)) },
            write: { details, content in
                if case .list(let values) = content { details[keyPath: path] = values.compactMap(Value.init(rawValue:)) }
            }))
    }

    public static func texts(_ name: String, _ path: WritableKeyPath<Details, [String]> & Sendable, label: String,
                             help: String, separator: String = ", ") -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .texts, label: label, help: help, separator: separator),
            read: { .list($0[keyPath: path]) },
            write: { details, content in if case .list(let values) = content { details[keyPath: path] = values } }))
    }
}

extension ItemField {
    /// A list of mappings, each a `Record`: a review's reviewers.
    public static func records<Record: FieldRecord>(_ name: String, _ path: WritableKeyPath<Details, [Record]> & Sendable,
                                                    label: String, help: String, required: Bool = false) -> Self {
        .detail(DetailField(
            spec: FieldSpec(name, .records(entry: Record.entryName, fields: Record.fields), label: label, help: help,
                            required: required),
            read: { details in
                let records = details[keyPath: path]
                return records.isEmpty ? .absent : .records(records.map(\.values))
            },
            write: { details, content in
                if case .records(let values) = content { details[keyPath: path] = values.compactMap(Record.init(values:)) }
            }))
    }
}

/// The details of one item type: its own fields and everything else the
/// tool knows of the type, declared once. A new type is its details, a
/// case of `ItemType` and one of `ItemDetails`; the compiler points at each.
public protocol ItemDetailsType: Hashable, Sendable {
    init()
    /// Titles, id series, folder and skeleton of the type.
    static var declaration: ItemTypeDeclaration { get }
    /// Every field of the type after the common ones, in the order authors
    /// meet them; the links last.
    static var fields: [ItemField<Self>] { get }
    /// The details as an item holds them.
    var wrapped: ItemDetails { get }
}

extension ItemDetailsType {
    /// The descriptions of the type's own fields.
    public static var fieldSpecs: [FieldSpec] { fields.map(\.spec) }

    /// The values of the type's own stored fields, in declaration order.
    public var contents: [(spec: FieldSpec, content: FieldContent)] {
        let fields = Self.fields
        var contents: [(spec: FieldSpec, content: FieldContent)] = []
        contents.reserveCapacity(fields.count)
        for case .detail(let detail) in fields { contents.append((detail.spec, detail.read(self))) }
        return contents
    }
}
