import DossierModel
import Yams

/// Converts YAML nodes to kept values with a cap on how many it will visit:
/// aliases share nodes, so a few lines of YAML can expand to billions.
struct FieldValueBudget {
    static let limit = 10_000
    private var remaining = limit

    mutating func convert(_ node: Node) -> FieldValue? {
        remaining -= 1
        guard remaining >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return .text(scalar.string)
        case .sequence(let sequence):
            var values: [FieldValue] = []
            for element in sequence {
                guard let value = convert(element) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .mapping(let mapping):
            var pairs: [NamedValue] = []
            for (key, value) in mapping {
                guard let name = convert(key), let converted = convert(value) else { return nil }
                pairs.append(NamedValue(name: name.displayText, value: converted, line: value.mark?.line ?? 0))
            }
            return .mapping(pairs)
        case .alias:
            return .text("")
        }
    }
}
