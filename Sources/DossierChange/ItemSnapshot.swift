import DossierLink
import DossierModel

/// An item's front matter as comparable values, by field name, and its body
/// text: what "changed" compares. Lines and file paths are left out, so
/// moving text within a file or renaming it is no change.
struct ItemSnapshot {
    var fields: [String: FieldValue]
    var body: String

    init(_ graph: TraceGraph, _ position: Int) {
        let item = graph[position]
        var fields: [String: FieldValue] = [
            "type": .text(item.type.rawValue),
            "title": .text(item.title),
            "status": .text(item.status.rawValue),
        ]
        if !item.tags.isEmpty { fields["tags"] = .list(item.tags.map(FieldValue.text)) }
        if !item.phases.isEmpty { fields["phases"] = .list(item.phases.map { .text($0.rawValue) }) }
        for (spec, content) in item.details.contents {
            if let value = Self.value(of: content) { fields[spec.name] = value }
        }
        // A link list is a set of resolved ids: its order carries no meaning.
        var links: [String: [String]] = [:]
        for link in graph.outgoing[position] { links[link.field.rawValue, default: []].append(graph[link.other].id) }
        for (field, ids) in links { fields[field] = .list(Set(ids).sorted().map(FieldValue.text)) }
        for extra in item.extraFields { fields[extra.name] = Self.withoutLines(extra.value) }
        // What the tool decided is part of an imported threat, as its fields are.
        if let origin = item.origin {
            fields["state"] = .text(origin.stateLabel)
            if let justification = origin.justification { fields["justification"] = .text(justification) }
        }
        self.fields = fields
        self.body = (item.origin.map { $0.text + "\n" } ?? "") + item.body.markdown
    }

    private static func value(of content: FieldContent) -> FieldValue? {
        switch content {
        case .absent: nil
        case .text(let text): .text(text)
        case .flag(let flag): .text(flag ? "true" : "false")
        case .number(let number): .text("\(number)")
        case .list(let values): values.isEmpty ? nil : .list(values.map(FieldValue.text))
        case .records(let records):
            .list(records.map { record in
                .mapping(record.keys.sorted().compactMap { key in
                    value(of: record[key]!).map { NamedValue(name: key, value: $0, line: 0) }
                })
            })
        }
    }

    /// Mapping values carry their line; a value moved within the file is the same value.
    private static func withoutLines(_ value: FieldValue) -> FieldValue {
        switch value {
        case .text: value
        case .list(let values): .list(values.map(withoutLines))
        case .mapping(let pairs):
            .mapping(pairs.map { NamedValue(name: $0.name, value: withoutLines($0.value), line: 0) })
        }
    }
}
