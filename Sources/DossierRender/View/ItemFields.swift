import DossierModel

/// The field table of an item page: what the author wrote, in the order the
/// type declares its fields, then the team's own fields, all as text to be
/// escaped by the template. Links are shown as link groups instead.
enum ItemFields {
    /// - Parameter decided: values the trace decides, by field name, shown
    ///   instead of what the author wrote (a requirement that names an
    ///   interface is security-relevant whatever `security_relevant` says).
    static func rows(of item: Item, decided: [String: String] = [:]) -> [FieldView] {
        var rows: [FieldView] = []
        func add(_ name: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            rows.append(FieldView(name: name, value: value, href: href))
        }
        if let phases = item.type.phasesField {
            add(phases.label, item.phases.map(\.rawValue).joined(separator: ", "))
        }
        for (spec, content) in item.details.contents {
            var text = decided[spec.name] ?? display(content, of: spec)
            // The score beside the vector: the risk method bands scores, not vectors.
            if spec.name == "cvss", let vector = text, let score = CVSSBaseScore.of(vector) {
                text = "\(vector) (base score \(String(format: "%.1f", score)))"
            }
            add(spec.label, text, href: spec.linksWebAddresses ? text.flatMap(webURL) : nil)
        }
        add("Tags", item.tags.joined(separator: ", "))
        for field in item.extraFields {
            add(FieldSpec.humanized(field.name), field.value.displayText)
        }
        return rows
    }

    static func display(_ content: FieldContent, of spec: FieldSpec) -> String? {
        switch content {
        case .absent: return nil
        case .text(let text): return text
        case .flag(let flag): return flag ? "yes" : "no"
        case .number(let number): return number == number.rounded() ? String(Int(number)) : String(number)
        case .list(let values): return values.joined(separator: spec.separator)
        case .records(let records):
            guard case .records(_, let fields) = spec.kind else { return nil }
            return records.map { record(of: $0, fields: fields) }.joined(separator: "; ")
        }
    }

    /// "M. Keller (security, independent)": the first value, then the
    /// others in brackets; a flag by its label when true, left out when false.
    static func record(of values: [String: FieldContent], fields: [FieldSpec]) -> String {
        var parts: [String] = []
        for field in fields {
            switch values[field.name] {
            case .flag(true): parts.append(field.label.lowercased())
            case .flag(false), nil, .absent: break
            case let content?: display(content, of: field).map { parts.append($0) }
            }
        }
        guard let first = parts.first else { return "" }
        return parts.count == 1 ? first : first + " (" + parts.dropFirst().joined(separator: ", ") + ")"
    }

    /// Evidence becomes a link only when it is an http(s) URL; a path is
    /// shown as text, never as a link into the build machine's file system.
    static func webURL(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        return text
    }
}
