import DossierModel
import Yams

/// Reads typed fields out of one front-matter mapping, collecting an error
/// for every bad value at the line of that value, and keeping what it was
/// never asked for as the item's extra fields.
struct FieldReader {
    struct Entry {
        var key: String
        var keyLine: Int
        var value: Node
    }

    let file: String
    /// Added to a YAML line to give the file line.
    let lineOffset: Int
    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    private var consumed: Set<String> = []
    private(set) var errors: [InputError] = []
    /// What the errors call the owner of the fields: "threat TH-001", "product".
    var owner: String

    init(mapping: Node.Mapping, file: String, firstLine: Int, owner: String) {
        self.file = file
        self.lineOffset = firstLine - 1
        self.owner = owner
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                errors.append(.invalidValue(location(of: key), field: "(key)", value: "a list or mapping",
                                            expected: "a plain field name"))
                continue
            }
            index[scalar.string] = entries.count
            entries.append(Entry(key: scalar.string, keyLine: line(of: key), value: value))
        }
    }

    func line(of node: Node) -> Int { lineOffset + (node.mark?.line ?? 1) }
    func location(of node: Node) -> SourceLocation { SourceLocation(file: file, line: line(of: node)) }

    func contains(_ key: String) -> Bool { entry(key) != nil }
    func entry(_ key: String) -> Entry? { index[key].map { entries[$0] } }

    /// The line of a field's key, for errors and findings about it.
    func keyLine(_ key: String) -> Int? { entry(key)?.keyLine }

    mutating func fail(_ error: InputError) { errors.append(error) }

    /// `name` is required and absent: the error points at a key that looks
    /// like it misspelt (`tilte:`, `Phases:`) when there is one, else at the
    /// empty key or `fallback`.
    func missing(_ name: String, of owner: String, at fallback: SourceLocation) -> InputError {
        // Case aside (`Phases:`), as the typo rule measures it.
        if entry(name) == nil, let typo = entries.first(where: {
            $0.key != name && EditDistance.fieldName(meantBy: $0.key.lowercased(), among: [name]) == name
        }) {
            return .missingField(SourceLocation(file: file, line: typo.keyLine), field: name, of: owner, written: typo.key)
        }
        return .missingField(keyLine(name).map { SourceLocation(file: file, line: $0) } ?? fallback, field: name, of: owner)
    }

    /// None of `names` is filled: the error points at the first of them
    /// written empty (`verifies: []`, as `dossier new` writes it), the place
    /// to fill in, else at `fallback`.
    func missing(oneOf names: [String], of owner: String, at fallback: SourceLocation) -> InputError {
        let line = names.lazy.compactMap { keyLine($0) }.first
        return .missingField(line.map { SourceLocation(file: file, line: $0) } ?? fallback,
                             field: names.joined(separator: "` or `"), of: owner)
    }

    /// Marks a field as known and returns its value, nil when absent or null.
    mutating func take(_ key: String) -> Node? {
        consumed.insert(key)
        guard let value = entry(key)?.value, !Self.isNull(value) else { return nil }
        return value
    }

    // MARK: - Typed values

    /// One line of text; line breaks of folded YAML are kept.
    mutating func text(_ key: String) -> String? {
        guard let node = take(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            errors.append(.invalidValue(location(of: node), field: key, value: describe(node), expected: "text"))
            return nil
        }
        return scalar.string
    }

    /// A list of text values; a single value counts as a one-element list.
    mutating func list(_ key: String) -> [(value: String, line: Int)] {
        guard let node = take(key) else { return [] }
        switch node {
        case .scalar(let scalar):
            return [(scalar.string, line(of: node))]
        case .sequence(let sequence):
            var values: [(String, Int)] = []
            for element in sequence where !Self.isNull(element) {
                guard case .scalar(let scalar) = element else {
                    // `[[TH-001]]`, the body's link, written in front matter.
                    let isNested = if case .sequence = element { true } else { false }
                    let bodyLink = isNested ? "; `[[ID]]` links an item from the body, "
                        + "front matter lists ids as `[TH-001, TH-002]`" : ""
                    errors.append(.invalidValue(location(of: element), field: key,
                                                value: isNested ? "a list inside the list" : describe(element),
                                                expected: "a list of single values" + bodyLink))
                    continue
                }
                values.append((scalar.string, line(of: element)))
            }
            return values
        default:
            errors.append(.invalidValue(location(of: node), field: key, value: describe(node),
                                        expected: "a value or a list of values"))
            return []
        }
    }

    mutating func strings(_ key: String) -> [String] { list(key).map(\.value) }

    /// The line of each value `list(key)` returns, read again without
    /// errors: for a field whose values are checked only once every file is read.
    func lines(ofValuesOf key: String) -> [Int] {
        guard let node = entry(key)?.value, !Self.isNull(node) else { return [] }
        switch node {
        case .scalar: return [line(of: node)]
        case .sequence(let sequence):
            return sequence.filter { element in
                if case .scalar = element { !Self.isNull(element) } else { false }
            }.map(line(of:))
        default: return []
        }
    }

    /// The value of an enumeration: `choice(_:allowed:)` over its raw values.
    mutating func choice<Value: EnumeratedValue>(_ key: String, as type: Value.Type = Value.self) -> Value? {
        choice(key, allowed: Value.allowedValues).flatMap(Value.init(rawValue:))
    }

    mutating func choices<Value: EnumeratedValue>(_ key: String, as type: Value.Type = Value.self) -> [Value] {
        choices(key, allowed: Value.allowedValues).compactMap(Value.init(rawValue:))
    }

    /// "one of the security risk levels: low, medium, high (did you mean high?)".
    static func oneOf(_ allowed: [String], near typed: String?) -> String {
        ValueHint.expected(allowed, typed: typed)
    }

    /// `true`/`false` and, since authors write both, `yes`/`no`, in any case.
    mutating func flag(_ key: String) -> Bool? {
        guard let node = take(key) else { return nil }
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        errors.append(.invalidValue(location(of: node), field: key, value: describe(node),
                                    expected: "true or false (yes or no)"))
        return nil
    }

    mutating func number(_ key: String) -> Double? {
        guard let node = take(key) else { return nil }
        if case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite { return value }
        errors.append(.invalidValue(location(of: node), field: key, value: describe(node), expected: "a number"))
        return nil
    }

    mutating func mapping(_ key: String) -> Node.Mapping? {
        guard let node = take(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            errors.append(.invalidValue(location(of: node), field: key, value: describe(node),
                                        expected: "a mapping of `key: value` lines"))
            return nil
        }
        return mapping
    }

    /// The value of a described field, checked against its kind; absent
    /// (and an error recorded) when it does not fit.
    mutating func content(of spec: FieldSpec) -> FieldContent {
        switch spec.kind {
        case .text, .identifier:
            return nonBlank(text(spec.name)).map(FieldContent.text) ?? .absent
        case .date:
            guard let value = nonBlank(text(spec.name)) else { return .absent }
            guard CalendarDate(value) != nil else {
                errors.append(.invalidValue(SourceLocation(file: file, line: keyLine(spec.name) ?? 1), field: spec.name,
                                            value: value, expected: CalendarDate.monthLength(of: value).map {
                                                "a day of the calendar (\($0.name) has \($0.days) days)"
                                            } ?? CalendarDate.missingMonth(in: value).map {
                                                "a day of the calendar, but it names \($0)"
                                            } ?? "a date written YYYY-MM-DD"))
                return .absent
            }
            return .text(value)
        case .flag:
            return flag(spec.name).map(FieldContent.flag) ?? .absent
        case .number:
            return number(spec.name).map(FieldContent.number) ?? .absent
        case .choice(let allowed):
            return choice(spec.name, allowed: allowed).map(FieldContent.text) ?? .absent
        case .choices(let allowed):
            return .list(choices(spec.name, allowed: allowed))
        case .texts, .phases, .link:
            return .list(strings(spec.name))
        case .records(let entry, let fields):
            let records = records(spec.name, entry: entry, fields: fields)
            return records.isEmpty ? .absent : .records(records)
        }
    }

    /// Text that is only white space says nothing: a rationale of "" is none.
    private func nonBlank(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    mutating func choice(_ key: String, allowed: [String]) -> String? {
        guard let node = take(key) else { return nil }
        guard case .scalar(let scalar) = node, allowed.contains(scalar.string) else {
            var typed: String?
            if case .scalar(let scalar) = node { typed = scalar.string }
            errors.append(.invalidValue(location(of: node), field: key, value: describe(node),
                                        expected: Self.oneOf(allowed, near: typed)))
            return nil
        }
        return scalar.string
    }

    mutating func choices(_ key: String, allowed: [String]) -> [String] {
        list(key).compactMap { entry in
            if allowed.contains(entry.value) { return entry.value }
            errors.append(.invalidValue(SourceLocation(file: file, line: entry.line), field: key, value: entry.value,
                                        expected: Self.oneOf(allowed, near: entry.value)))
            return nil
        }
    }

    // MARK: - What is left

    /// The fields never taken, kept as written.
    mutating func remainingFields() -> [NamedValue] {
        var budget = FieldValueBudget()
        var kept: [NamedValue] = []
        for entry in entries where !consumed.contains(entry.key) {
            guard let value = budget.convert(entry.value) else {
                errors.append(.invalidValue(SourceLocation(file: file, line: entry.keyLine), field: entry.key,
                                            value: "more than \(FieldValueBudget.limit) values",
                                            expected: "a value of reasonable size (YAML aliases expand)"))
                continue
            }
            kept.append(NamedValue(name: entry.key, value: value, line: entry.keyLine))
        }
        return kept
    }

    func unknownKeys() -> [Entry] { entries.filter { !consumed.contains($0.key) } }

    /// The unknown keys one slip from a key this reader asked for and the
    /// mapping lacks (`intended-use` for `intended_use`), with the key meant.
    func misspeltKeys() -> [MisspeltKey] {
        let absent = consumed.filter { entry($0) == nil }.sorted(by: ByteOrder.precedes)
        return unknownKeys().compactMap { entry in
            EditDistance.fieldName(meantBy: entry.key.lowercased(), among: absent).map {
                MisspeltKey(written: entry.key, meant: $0, line: entry.keyLine)
            }
        }
    }

    // MARK: - Helpers

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A short rendering of a bad value for an error message.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "..." : scalar.string
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
