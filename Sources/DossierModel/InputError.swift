/// Input that cannot be read as a dossier (docs/format.md, "Errors"). Every case carries the
/// place to fix; `build` writes nothing while there is one.
public enum InputError: Error, Hashable, Sendable {
    case frontMatterInvalid(SourceLocation, reason: String)
    /// `written`: a key that looks like the field misspelt (`tilte:`), where
    /// the location then points.
    case missingField(SourceLocation, field: String, of: String, written: String? = nil)
    case unknownType(SourceLocation, type: String)
    case invalidValue(SourceLocation, field: String, value: String, expected: String)
    case duplicateID(SourceLocation, id: String, firstDefinedAt: SourceLocation)
    case danglingReference(SourceLocation, from: String, target: String, detail: String)
    case wrongReferenceType(SourceLocation, from: String, field: LinkField, target: String, actual: ItemType)
    case configInvalid(SourceLocation, reason: String)
    case unreadableFile(SourceLocation, reason: String)
    /// The earlier revision `--baseline` or a review's `revision` names
    /// cannot be read (docs/format.md, "Change control"); `at`: the line
    /// that names it, when a file does.
    case baselineUnreadable(ref: String, reason: String, at: SourceLocation? = nil)

    /// The stable error identifier (docs/format.md, "Errors").
    public var code: String {
        switch self {
        case .frontMatterInvalid: "front-matter-invalid"
        case .missingField: "missing-field"
        case .unknownType: "unknown-type"
        case .invalidValue: "invalid-value"
        case .duplicateID: "duplicate-id"
        case .danglingReference: "dangling-reference"
        case .wrongReferenceType: "wrong-reference-type"
        case .configInvalid: "config-invalid"
        case .unreadableFile: "unreadable-file"
        case .baselineUnreadable: "baseline-unreadable"
        }
    }

    public var location: SourceLocation {
        switch self {
        case .frontMatterInvalid(let l, _), .missingField(let l, _, _, _), .unknownType(let l, _),
             .invalidValue(let l, _, _, _), .duplicateID(let l, _, _), .danglingReference(let l, _, _, _),
             .wrongReferenceType(let l, _, _, _, _), .configInvalid(let l, _), .unreadableFile(let l, _):
            l
        case .baselineUnreadable(_, _, let location):
            // `--baseline` is no place in the content: the content folder as a whole.
            location ?? SourceLocation(file: ".", line: 1)
        }
    }

    /// The item the error is about, where one is known.
    public var subject: String? {
        switch self {
        case .duplicateID(_, let id, _): id
        case .danglingReference(_, let from, _, _), .wrongReferenceType(_, let from, _, _, _): from
        default: nil
        }
    }

    /// The id a file's name reads as (`security/SR-002.md` → SR-002): a
    /// valid id with a digit in it, so `scope.md` reads as none.
    public static func idSuggested(byFileName path: String) -> String? {
        // `TH-9.MD`, refused for its suffix, still names the item it holds.
        guard let path = markdownStem(of: path) else { return nil }
        let stem = String(path.split(separator: "/").last ?? path)
        return ItemID.isValid(stem) && stem.contains(where: \.isNumber) ? stem : nil
    }

    /// `path` without a Markdown suffix in any case (`.md`, `.MD`,
    /// `.markdown`, `.mdown`, `.mkd`); nil for any other file.
    public static func markdownStem(of path: String) -> Substring? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
              ["md", "markdown", "mdown", "mkd"].contains(path[path.index(after: dot)...].lowercased())
        else { return nil }
        return path[..<dot]
    }

    public var message: String {
        switch self {
        case .frontMatterInvalid(_, let reason):
            "front matter cannot be read: \(reason)"
        case .missingField(_, let field, let owner, let written?):
            "\(owner) has no `\(field)`, which is required; `\(written)` looks like a misspelling of it"
        case .missingField(_, let field, let owner, nil):
            "\(owner) has no `\(field)`, which is required" + Self.allowedValues(of: field, owner: owner)
        case .unknownType(_, let type):
            "unknown item type '\(type)'; use one of: \(ItemType.allCases.map(\.rawValue).joined(separator: ", "))"
                + EditDistance.hint(for: type, among: ItemType.allCases.map(\.rawValue))
        case .invalidValue(_, let field, let value, let expected):
            "`\(field)` has the value '\(value)', expected \(expected)"
        case .duplicateID(let location, let id, let first):
            "id \(id) is already used by \(first.file):\(first.line); ids must be unique (IEC 62304 §5.2.6)"
                + (Self.idSuggested(byFileName: location.file).flatMap { $0 == id ? nil : "; the file's name says \($0)" } ?? "")
        case .danglingReference(_, let from, let target, let detail):
            "\(from) refers to \(target), \(detail)"
        case .wrongReferenceType(_, let from, let field, let target, let actual):
            "\(from) lists \(target) under `\(field.rawValue)`, but \(target) is \(CountText.article(for: actual.rawValue)) \(actual.rawValue); "
                + "`\(field.rawValue)` takes \(field.targetTypes.map(\.rawValue).joined(separator: " or ")) ids"
        case .configInvalid(_, let reason):
            reason
        case .unreadableFile(_, let reason):
            reason
        case .baselineUnreadable(let ref, let reason, nil):
            "the baseline \(ref) cannot be read: \(reason)"
        case .baselineUnreadable(let ref, let reason, _?):
            "the revision \(ref) cannot be read: \(reason)"
        }
    }
}

extension InputError {
    /// "; use one of: …" when the missing field is a choice of the owner's
    /// type, so the author need not look the values up.
    static func allowedValues(of field: String, owner: String) -> String {
        guard let typeName = owner.split(separator: " ").first, let type = ItemType(rawValue: String(typeName)),
              let values = type.fields.first(where: { $0.name == field })?.kind.allowedValues
        else { return "" }
        return "; use one of: " + values.joined(separator: ", ")
    }
}
