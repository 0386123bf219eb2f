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
}
