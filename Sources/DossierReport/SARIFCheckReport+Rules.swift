import DossierAnalyze
import DossierModel

extension SARIFCheckReport {
    /// `tool.driver.rules`: every rule of the catalog, then every input error
    /// (docs/format.md, "Errors"), so a result's `ruleId` is always declared and its
    /// `ruleIndex` points at it.
    struct ReportingDescriptors {
        private(set) var values: [JSONValue] = []
        private var indices: [String: Int] = [:]

        static var standard: ReportingDescriptors {
            var descriptors = ReportingDescriptors()
            for rule in RuleCatalog.all { descriptors.append(rule.id.rawValue, descriptor(for: rule)) }
            for error in InputErrorDescription.all { descriptors.append(error.code, descriptor(for: error)) }
            return descriptors
        }

        /// The index of a code's descriptor; a code no table knows (a newer
        /// error, say) gets a plain descriptor rather than an undeclared id.
        mutating func index(of code: String) -> Int {
            if let index = indices[code] { return index }
            append(code, .object([
                ("id", .string(code)),
                ("name", .string(Self.name(of: code))),
                ("shortDescription", .object([("text", .string(code))])),
            ]))
            return values.count - 1
        }

        private mutating func append(_ code: String, _ value: JSONValue) {
            indices[code] = values.count
            values.append(value)
        }

        /// The rule's own documentation: the same summary and help that
        /// `dossier explain` prints.
        private static func descriptor(for rule: any Rule) -> JSONValue {
            let documentation = rule.documentation
            let tags = rule.clause.components(separatedBy: "; ")
            return .object([
                ("id", .string(rule.id.rawValue)),
                ("name", .string(name(of: rule.id.rawValue))),
                ("shortDescription", .object([("text", .string(documentation.summary))])),
                ("fullDescription", .object([
                    ("text", .string("\(documentation.summary) Required by \(rule.clause). "
                        + "\(documentation.rationale) Default severity: \(rule.defaultSeverity.rawValue); a "
                        + "project may change it under `rules:` in dossier.yml.")),
                ])),
                ("help", .object([("text", .string("\(documentation.remedy) `dossier explain \(rule.id.rawValue)` "
                    + "prints the rule's page."))])),
                ("defaultConfiguration", .object([("level", .string(level(of: rule.defaultSeverity)))])),
                ("properties", .object([
                    ("tags", .strings(tags)),
                    ("clause", .string(rule.clause)),
                    ("severity", .string(rule.defaultSeverity.rawValue)),
                ])),
            ])
        }

        private static func descriptor(for error: InputErrorDescription) -> JSONValue {
            .object([
                ("id", .string(error.code)),
                ("name", .string(name(of: error.code))),
                ("shortDescription", .object([("text", .string(error.summary))])),
                ("fullDescription", .object([
                    ("text", .string("Input error: \(error.summary) The input cannot be read as a dossier; "
                        + "`dossier build` writes nothing while there is one.")),
                ])),
                ("help", .object([("text", .string(error.remedy))])),
                ("defaultConfiguration", .object([("level", .string("error"))])),
                ("properties", .object([
                    ("tags", .strings(["input-error"])),
                    ("severity", .string("error")),
                ])),
            ])
        }

        /// SARIF asks for a readable identifier: `unmitigated-threat` → `UnmitigatedThreat`.
        static func name(of code: String) -> String {
            code.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined()
        }
    }

    /// The input errors (docs/format.md, "Errors") with what they mean and what to do, for
    /// the rules table. `InputError` has payloads and so no list of cases.
    struct InputErrorDescription {
        var code: String
        var summary: String
        var remedy: String

        static let all: [InputErrorDescription] = [
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
}
