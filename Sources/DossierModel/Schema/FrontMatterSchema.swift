/// `dossier schema`: a JSON Schema (draft 2020-12) for item front matter,
/// for editors that check YAML as it is typed.
///
/// The common fields are checked at the top; one `if`/`then` per type adds
/// that type's fields. `if`/`then` rather than `oneOf`: an editor then
/// reports the one wrong field instead of "matches none of seven schemas".
/// Unknown fields stay allowed (teams add their own). Phases are
/// any text, since each project names its own in dossier.yml.
public enum FrontMatterSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func render() -> String { document().rendered() }

    public static func document() -> JSONValue {
        .object([
            ("$schema", .string(dialect)),
            ("title", .string("Dossier item front matter")),
            ("description", .string("The YAML front matter of a design input under content/ (Dossier content "
                + "format v1). Unknown fields are allowed and kept.")),
            ("type", .string("object")),
            ("properties", properties(ItemType.commonFields)),
            ("required", .strings(ItemType.commonFields.filter { $0.isRequired && $0.name != "title" }.map(\.name))),
            ("additionalProperties", .bool(true)),
            ("allOf", .array([titleUnlessOverlay] + ItemType.allCases.map { type in
                .object([
                    ("if", .object([
                        ("properties", .object([("type", .object([("const", .string(type.rawValue))]))])),
                        ("required", .strings(["type"])),
                    ])),
                    ("then", .object([("$ref", .string("#/$defs/\(type.rawValue)"))])),
                ])
            })),
            ("$defs", .object(ItemType.allCases.map { type in (type.rawValue, schema(of: type)) })),
        ])
    }

    /// An overlay of an imported threat takes its title and phases from the
    /// model file (docs/format.md, "Overlays"): a threat may leave them out,
    /// every other item needs a title.
    static let overlayFields: Set<String> = ["title", "phases"]

    private static var titleUnlessOverlay: JSONValue {
        .object([
            ("if", .object([("properties", .object([("type", .object([("const", .string(ItemType.threat.rawValue))]))])),
                            ("required", .strings(["type"]))])),
            ("else", .object([("required", .strings(["title"]))])),
        ])
    }

    /// The schema of one type's own fields.
    public static func schema(of type: ItemType) -> JSONValue {
        let fields = type.fields
        var members: [(String, JSONValue)] = [
            ("title", .string(type.singularTitle)),
            ("type", .string("object")),
            ("properties", properties(fields)),
        ]
        let overlayable = type == .threat ? overlayFields : []
        let requiredFields = fields.filter { $0.isRequired && !overlayable.contains($0.name) }
        if !requiredFields.isEmpty { members.append(("required", required(requiredFields))) }
        // A threat with a title is a threat of its own, and needs its phases.
        let heldBack = fields.filter { $0.isRequired && overlayable.contains($0.name) }.map(\.name)
        if !heldBack.isEmpty {
            members.append(("if", .object([("required", .strings(["title"]))])))
            members.append(("then", .object([("required", .strings(heldBack))])))
        }
        if let oneOf = type.fieldsOneOfWhichIsRequired {
            // Present, not necessarily filled: `dossier new` writes the keys
            // empty for the author to fill, and `check` says when none is.
            members.append(("anyOf", .array(oneOf.map { .object([("required", .strings([$0]))]) })))
        }
        return .object(members)
    }

    private static func properties(_ fields: [FieldSpec]) -> JSONValue {
        .object(fields.map { field in (field.name, schema(of: field)) })
    }

    private static func required(_ fields: [FieldSpec]) -> JSONValue {
        .strings(fields.filter(\.isRequired).map(\.name))
    }

    static func schema(of field: FieldSpec) -> JSONValue {
        .object([("description", .string(field.help))] + value(of: field))
    }

    /// What a field takes. An optional field also takes null: the parser
    /// reads `category:` with nothing after it as absent, as `dossier new`
    /// writes it, so an editor must not flag it.
    private static func value(of field: FieldSpec) -> [(String, JSONValue)] {
        let null: JSONValue = .object([("type", .string("null"))])
        let optional = !field.isRequired
        switch field.kind {
        case .identifier:
            return identifier
        case .text:
            return [("type", optional ? .strings(["string", "null"]) : .string("string"))]
        case .date:
            let date: JSONValue = .object([("type", .string("string")),
                                           ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
            return optional ? [("anyOf", .array([date, null]))] : [("type", .string("string")),
                                                                   ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
        case .number:
            return [("type", optional ? .strings(["number", "null"]) : .string("number"))]
        case .flag:
            // YAML 1.2 reads `yes` as text; the tool accepts it in any case (docs/format.md, "Values").
            return [("anyOf", .array([
                .object([("type", .string("boolean"))]),
                .object([("type", .string("string")),
                         ("pattern", .string("^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo])$"))]),
            ] + (optional ? [null] : [])))]
        case .choice(let values):
            let choice: JSONValue = .object([("enum", .strings(values))])
            return optional ? [("anyOf", .array([choice, null]))] : [("enum", .strings(values))]
        case .choices(let values):
            return oneOrMany(.object([("enum", .strings(values))]), required: field.isRequired)
        case .texts:
            return oneOrMany(.object([("type", .string("string"))]), required: field.isRequired)
        case .phases:
            return oneOrMany(.object([("type", .string("string")), ("minLength", .number(1))]),
                             required: field.isRequired)
                + [("examples", .array([.strings(LifecyclePhase.standardPhases.map(\.rawValue))]))]
        case .link(.interfaces):
            // An interface is named by its id or its title (docs/format.md, "Naming an interface").
            return oneOrMany(.object([("type", .string("string")), ("minLength", .number(1))]),
                             required: field.isRequired)
        case .link:
            return oneOrMany(.object(identifier), required: field.isRequired)
        case .records(_, let fields):
            // Unlike an item, a record takes no keys of the team's own: a misspelt one would read as absent.
            let record: JSONValue = .object([
                ("type", .string("object")),
                ("properties", properties(fields)),
                ("required", required(fields)),
                ("additionalProperties", .bool(false)),
            ])
            return oneOrMany(record, required: field.isRequired)
        }
    }

    /// Letters, digits, `-`, `_`, `.`; starts with a letter (docs/format.md, "Items").
    private static let identifier: [(String, JSONValue)] = [
        ("type", .string("string")), ("pattern", .string("^[A-Za-z][A-Za-z0-9._-]*$")),
    ]

    /// Every list field also takes a single value (docs/format.md, "Values"). A required
    /// list must not be empty; an optional one may be null.
    private static func oneOrMany(_ item: JSONValue, required: Bool) -> [(String, JSONValue)] {
        var list: [(String, JSONValue)] = [("type", .string("array")), ("items", item)]
        if required { list.append(("minItems", .number(1))) }
        let null: JSONValue = .object([("type", .string("null"))])
        return [("anyOf", .array([item, .object(list)] + (required ? [] : [null])))]
    }
}
