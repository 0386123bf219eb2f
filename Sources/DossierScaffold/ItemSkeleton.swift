import DossierModel

/// The text of a new item: its front matter with every field of its type,
/// the allowed values in comments (taken from the model), and a body that
/// says what to write. Parses as it is; the links are left for the author.
struct ItemSkeleton {
    let type: ItemType
    let id: String
    let title: String
    /// The project's phases, for the comment and the default.
    let phases: [LifecyclePhase]
    /// A section's position.
    let order: Double

    var text: String {
        var lines = ["---", "id: \(id)", "type: \(type.rawValue)", "title: \(Self.quoted(title))", "status: draft"]
        lines += fields.map { field in
            // A value of several lines (a list of mappings) goes under its key, after the comment.
            let below = field.value.hasPrefix("\n") ? field.value : ""
            let value = below.isEmpty ? field.value : ""
            guard let comment = field.comment else { return "\(field.key): \(value)" + below }
            let entry = value.isEmpty ? "\(field.key):" : "\(field.key): \(value)"
            let padding = String(repeating: " ", count: max(1, 27 - entry.count))
            return entry + padding + "# " + comment + below
        }
        lines += ["---", body, ""]
        return lines.joined(separator: "\n")
    }

    private typealias Field = (key: String, value: String, comment: String?)

    /// Every field of the type as its declaration describes it: the value
    /// it stands for when absent, and its help and allowed values as a comment.
    private var fields: [Field] {
        type.fields.map { spec in
            var comment = spec.help.hasSuffix(".") ? String(spec.help.dropLast()) : spec.help
            switch spec.kind {
            case .phases:
                return (spec.name, spec.isRequired ? defaultPhases : "[]", comment + ": " + phaseList)
            case .choice(let values), .choices(let values):
                comment += ": " + values.joined(separator: ", ")
            case .date:
                comment += " (YYYY-MM-DD)"
            case .records(_, let fields):
                comment += ": " + fields.map { field in
                    field.kind.allowedValues.map { "\(field.name) (\($0.joined(separator: ", ")))" } ?? field.name
                }.joined(separator: "; ")
            default:
                break
            }
            return (spec.name, value(of: spec), comment)
        }
    }

    private func value(of spec: FieldSpec) -> String {
        switch type.declaration.skeletonValues[spec.name] {
        case .title: return Self.quoted(title)
        case .yaml(let value): return value
        case nil: break
        }
        if spec.kind.isList { return "[]" }
        // A required choice left empty would not parse; its first value is a start the comment corrects.
        if spec.isRequired, case .choice(let values) = spec.kind { return spec.defaultValue ?? values.first ?? "" }
        if spec.name == "order" { return order == order.rounded() ? String(Int(order)) : String(order) }
        return spec.defaultValue ?? ""
    }

    private var body: String { type.declaration.skeletonBody }

    /// `[operation]` when the project has that phase, else its first one.
    private var defaultPhases: String {
        let phase = phases.contains(.operation) ? LifecyclePhase.operation : phases.first ?? .operation
        return "[\(phase.rawValue)]"
    }

    private var phaseList: String { phases.map(\.rawValue).joined(separator: ", ") }

    /// A YAML double-quoted scalar: safe for `:`, `#`, quotes, a leading `-`
    /// or `[`, and words YAML would read as booleans or numbers.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
