/// The field tables of docs/format.md, written from the field declarations
/// so the reference lists exactly the fields the parser reads. The rest of
/// that page is prose; only the region between the two markers is generated.
public enum FieldReference {
    public static let beginMarker = "<!-- begin fields: generated from the field declarations by `make docs` -->"
    public static let endMarker = "<!-- end fields -->"

    /// One table for the fields every item has, then one per type.
    public static func markdown() -> String {
        var text = "#### Fields every item has\n\n" + table(ItemType.commonFields)
        for type in ItemType.allCases {
            text += "\n#### `\(type.rawValue)`\n\n"
            text += type.fields.isEmpty ? "No fields of its own.\n" : table(type.fields, oneOf: type.fieldsOneOfWhichIsRequired)
        }
        return text
    }

    /// `document` with the generated region replaced by `markdown()`, or nil
    /// when it lacks the markers.
    public static func updating(_ document: String) -> String? {
        guard let begin = document.range(of: beginMarker),
              let end = document.range(of: endMarker, range: begin.upperBound..<document.endIndex) else { return nil }
        return document[..<begin.upperBound] + "\n\n" + markdown() + "\n" + document[end.lowerBound...]
    }

    private static func table(_ fields: [FieldSpec], oneOf: [String]? = nil) -> String {
        var text = "| field | required | takes | meaning |\n|---|---|---|---|\n"
        for field in fields {
            let required = if field.isRequired { "yes" }
                else if let oneOf, oneOf.contains(field.name) { "one of " + quoted(oneOf) }
                else { "no" }
            text += "| `\(field.name)` | \(required) | \(takes(field)) | \(field.help) |\n"
        }
        return text
    }

    /// What a value looks like, in an author's words.
    public static func takes(_ field: FieldSpec) -> String {
        let description: String
        switch field.kind {
        case .identifier: description = "an id: letters, digits, `-`, `_`, `.`; starts with a letter"
        case .text: description = "text"
        case .flag: description = "`true` or `false` (`yes`, `no`)"
        case .number: description = "a number"
        case .date: description = "a date, `YYYY-MM-DD`"
        case .choice(let values): description = "one of " + quoted(values)
        case .choices(let values): description = "a list of " + quoted(values)
        case .texts: description = "a list of text"
        case .phases: description = "a list of phases from `phases` in dossier.yml"
        case .link(let link) where link.targetTypes == ItemType.allCases:
            description = "a list of ids of items of any type"
        case .link(let link):
            description = "a list of ids of " + link.targetTypes.map { "`\($0.rawValue)`" }.joined(separator: " or ")
                + " items"
        case .records(let entry, let fields):
            description = "a list of mappings, one per \(entry), each with " + fields.map { field in
                "`\(field.name)` (" + (field.isRequired ? "required; " : "") + takes(field) + ")"
            }.joined(separator: ", ")
        }
        return field.defaultValue.map { "\(description); default `\($0)`" } ?? description
    }

    private static func quoted(_ values: [String]) -> String {
        values.map { "`\($0)`" }.joined(separator: ", ")
    }
}
