import DossierModel
import Yams

/// Reads one item's front matter into an `Item` (docs/format.md, "Items"), collecting
/// every error of the file rather than stopping at the first.
struct ItemReader {
    /// The project's phases, prepared once for every file.
    struct Phases: Sendable {
        /// Nil when dossier.yml could not be read: any phase name passes.
        let allowed: Set<LifecyclePhase>?
        let list: String

        init(_ phases: [LifecyclePhase]) {
            allowed = Set(phases)
            list = phases.map(\.rawValue).joined(separator: ", ")
        }

        private init() {
            allowed = nil
            list = ""
        }

        static let unknown = Phases()

        func allows(_ phase: LifecyclePhase) -> Bool { allowed?.contains(phase) ?? ItemID.isValid(phase.rawValue) }
    }

    let file: String
    let phases: Phases

    func read(_ mapping: Node.Mapping, yamlFirstLine: Int, body: ItemBody) -> Parsed<Item> {
        var fields = FieldReader(mapping: mapping, file: file, firstLine: yamlFirstLine, owner: file)
        let start = SourceLocation(file: file, line: 1)
        // A field given as something other than text is already an error
        // (`title: [a, b]`); it is not reported missing as well.
        var unreadable: Set<String> = []
        func read(_ name: String) -> String? {
            let before = fields.errors.count
            defer { if fields.errors.count > before { unreadable.insert(name) } }
            return fields.text(name)
        }
        let id = read("id")
        let typeName = read("type")
        let title = read("title").map(Self.oneLine)
        var errors = fields.errors
        let errorsBeforeDetails = fields.errors.count
        // A threat without a title may be an imported threat's overlay: its
        // missing title and phases are held back until the link stage knows.
        let mayBeOverlay = typeName == ItemType.threat.rawValue
        var overlayExcused: [InputError] = []
        for (name, value) in [("id", id), ("type", typeName), ("title", title)]
        where (value?.isEmpty ?? true) && !unreadable.contains(name) {
            let error = fields.missing(name, of: "the item in \(file)", at: start)
            if name == "title" && mayBeOverlay { overlayExcused.append(error) } else { errors.append(error) }
        }
        guard let id, !id.isEmpty, let typeName, !typeName.isEmpty,
              let title = title ?? (mayBeOverlay && !unreadable.contains("title") ? "" : nil),
              mayBeOverlay || !title.isEmpty else {
            return .errors(errors + overlayExcused)
        }
        if !ItemID.isValid(id) {
            errors.append(.invalidValue(SourceLocation(file: file, line: fields.keyLine("id") ?? 1), field: "id",
                                        value: id, expected: "letters, digits, `-`, `_` and `.`, starting with a letter"))
        }
        guard let type = ItemType(rawValue: typeName) else {
            errors.append(.unknownType(SourceLocation(file: file, line: fields.keyLine("type") ?? 1), type: typeName))
            return .errors(errors)
        }
        fields.owner = "\(type.rawValue) \(id)"

        let status = fields.choice("status", as: ItemStatus.self) ?? .draft
        let tags = fields.strings("tags")
        let phasesRequired = type.phasesField?.isRequired ?? false
        let itemPhases = type.phasesField.map { _ in
            // `phases: []` is written, and wrong, whether or not the threat is an overlay.
            readPhases(&fields, required: phasesRequired && (!mayBeOverlay || fields.contains("phases")), id: id, type: type)
        } ?? []
        if mayBeOverlay && phasesRequired && itemPhases.isEmpty && !fields.contains("phases") {
            overlayExcused.append(fields.missing("phases", of: "\(type.rawValue) \(id)", at: start))
        }
        let links = type.linkFields.flatMap { field in
            fields.list(field.rawValue).map { ItemLink(field: field, target: $0.value, line: $0.line) }
        }
        if let needed = type.linkFieldsOneOfWhichIsRequired, !needed.contains(where: { field in links.contains { $0.field == field } }) {
            fields.fail(fields.missing(oneOf: needed.map(\.rawValue), of: "\(type.rawValue) \(id)", at: start))
        }
        var details = DetailsReader.read(type, from: &fields)
        if case .section(var section) = details, !section.diagrams.isEmpty {
            // Each value is looked up in the model files at the link stage, and reported at its own line.
            section.diagramLines = fields.lines(ofValuesOf: "diagrams")
            details = .section(section)
        }
        if let component = details.component {
            ComponentReader(file: file, id: id).check(component, fields: &fields)
        }
        let extra = fields.remainingFields()
        errors += fields.errors[errorsBeforeDetails...]
        guard errors.isEmpty else { return .errors(errors + overlayExcused) }

        var fieldLines: [String: Int] = [:]
        for entry in fields.entries { fieldLines[entry.key] = entry.keyLine }
        let item = Item(id: id, type: type, title: title, status: status, tags: tags, phases: itemPhases,
                        links: links, details: details, extraFields: extra, body: body,
                        location: start, fieldLines: fieldLines)
        return overlayExcused.isEmpty ? .value(item) : .overlayOnly(item, overlayExcused.sorted { $0.location < $1.location })
    }

    private func readPhases(_ fields: inout FieldReader, required: Bool, id: String, type: ItemType) -> [LifecyclePhase] {
        let keyLine = fields.keyLine("phases")
        var result: [LifecyclePhase] = []
        for entry in fields.list("phases") {
            let phase = LifecyclePhase(entry.value)
            if phases.allows(phase) {
                if !result.contains(phase) { result.append(phase) }
            } else {
                let hint = phases.allowed.map { ValueHint.hint(for: entry.value, among: $0.map(\.rawValue)) } ?? ""
                fields.fail(.invalidValue(SourceLocation(file: file, line: entry.line), field: "phases",
                                          value: entry.value, expected: "one of the project's phases: \(phases.list)" + hint))
            }
        }
        let hadBadPhase = fields.errors.contains { if case .invalidValue(_, "phases", _, _) = $0 { true } else { false } }
        if required && result.isEmpty && !hadBadPhase {
            fields.fail(fields.missing("phases", of: "\(type.rawValue) \(id)",
                                       at: SourceLocation(file: file, line: keyLine ?? 1)))
        }
        return result
    }

    static func oneLine(_ text: String) -> String {
        if isOneLine(text) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// ASCII text with single spaces between words is already one line:
    /// most titles, which need no split by characters (a fifth of reading).
    private static func isOneLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20  // so a leading space fails
        for byte in text.utf8 {
            if byte >= 0x80 || (0x09...0x0D).contains(byte) || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

}
