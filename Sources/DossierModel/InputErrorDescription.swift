/// What each input error (docs/format.md, "Errors") means and how to fix
/// it: for `dossier explain`, and for the rule tables of the SARIF and JUnit
/// reports. `InputError` has payloads and so no list of cases.
public struct InputErrorDescription: Sendable {
    public var code: String
    public var summary: String
    public var remedy: String

    public static let all: [InputErrorDescription] = [
        .init(code: "front-matter-invalid",
              summary: "A file has no closing `---`, YAML that does not parse, or front matter that is not a mapping.",
              remedy: "Start the file with `---`, close the front matter with a second `---` line, and write "
                + "`key: value` lines between them."),
        .init(code: "missing-field",
              summary: "`id`, `type` or `title` is missing, or a field the item's type requires.",
              remedy: "Add the field; `dossier schema` lists the required fields of every type."),
        .init(code: "unknown-type",
              summary: "`type` is not one of the item types.",
              remedy: "Use one of: \(ItemType.allCases.map(\.rawValue).joined(separator: ", "))."),
        .init(code: "invalid-value",
              summary: "A value is outside its list: a phase the project does not name, a STRIDE word, a severity.",
              remedy: "Use one of the values the message lists."),
        .init(code: "duplicate-id",
              summary: "Two items have the same id.",
              remedy: "Give one of them a new id (`dossier new` picks the next free one) and update the links "
                + "to it (IEC 62304 §5.2.6)."),
        .init(code: "dangling-reference",
              summary: "A link or `[[ID]]` names an id that does not exist, or a relative link names a missing file.",
              remedy: "Correct the id or path, or add the missing item or file under the content folder."),
        .init(code: "wrong-reference-type",
              summary: "A link field names an item of the wrong type.",
              remedy: "Move the id to the link field for its type, or link the right item."),
        .init(code: "config-invalid",
              summary: "`dossier.yml` is missing, unreadable or invalid.",
              remedy: "Fix the key or value the message names; `dossier init` writes an example dossier.yml."),
        .init(code: "unreadable-file",
              summary: "A file is not UTF-8 text, cannot be read, or is a link out of the content folder.",
              remedy: "Save the file as UTF-8, or copy the linked file into the content folder."),
        .init(code: "baseline-unreadable",
              summary: "The earlier revision `--baseline` names cannot be read: not a git repository, an unknown "
                + "revision, a shallow clone that lacks it, no content folder at that revision, or input errors in it.",
              remedy: "Name a revision the repository has (fetch the full history in CI), or the path of an "
                + "earlier copy of the content folder whose files check without errors."),
    ]
}
