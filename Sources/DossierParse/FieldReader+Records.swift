import DossierModel
import Yams

extension FieldReader {
    /// A list of mappings, each read as `fields` describe them: a review's
    /// reviewers. A mapping that lacks a required key, has a key the
    /// fields do not name (`independant:` must not read as "not
    /// independent") or a bad value is `invalid-value` at its line, and is
    /// left out; a single mapping counts as a one-element list.
    mutating func records(_ key: String, entry: String, fields: [FieldSpec]) -> [[String: FieldContent]] {
        guard let node = take(key) else { return [] }
        let elements: [Node]
        switch node {
        case .mapping: elements = [node]
        case .sequence(let sequence): elements = sequence.filter { !Self.isNull($0) }
        default:
            fail(.invalidValue(location(of: node), field: key, value: describe(node),
                               expected: Self.recordShape(entry: entry, fields: fields)))
            return []
        }
        return elements.compactMap { record($0, key: key, entry: entry, fields: fields) }
    }

    private mutating func record(_ node: Node, key: String, entry: String,
                                 fields: [FieldSpec]) -> [String: FieldContent]? {
        guard case .mapping(let mapping) = node else {
            fail(.invalidValue(location(of: node), field: key, value: describe(node),
                               expected: Self.recordShape(entry: entry, fields: fields)))
            return nil
        }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: lineOffset + 1, owner: "\(entry) of \(owner)")
        var values: [String: FieldContent] = [:]
        var complete = true
        for spec in fields {
            let errorsBefore = reader.errors.count
            let content = reader.content(of: spec)
            if case .absent = content {
                guard spec.isRequired else { continue }
                complete = false
                // A bad value has its error already; only a value not written at all is reported here.
                if reader.errors.count == errorsBefore {
                    reader.fail(.invalidValue(location(of: node), field: key, value: "a \(entry) without `\(spec.name)`",
                                              expected: Self.recordShape(entry: entry, fields: fields)))
                }
            } else {
                values[spec.name] = content
            }
        }
        let names = fields.map(\.name)
        for unknown in reader.unknownKeys() {
            complete = false
            reader.fail(.invalidValue(SourceLocation(file: file, line: unknown.keyLine), field: unknown.key,
                                      value: describe(unknown.value),
                                      expected: "no such key in a \(entry)"
                                        + EditDistance.hint(for: unknown.key, among: names)
                                        + "; a \(entry) has " + names.map { "`\($0)`" }.joined(separator: ", ")))
        }
        for error in reader.errors { fail(error) }
        return complete ? values : nil
    }

    /// "each reviewer a mapping of `name` (required), `role` (required: one of …), `independent`".
    static func recordShape(entry: String, fields: [FieldSpec]) -> String {
        "each \(entry) with " + fields.map { field in
            var text = "`\(field.name)`"
            let values = field.kind.allowedValues.map { "one of: " + $0.joined(separator: ", ") }
            let notes = [field.isRequired ? "required" : nil, values].compactMap { $0 }
            if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
            return text
        }.joined(separator: ", ")
    }
}
