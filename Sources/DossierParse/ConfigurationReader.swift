import DossierModel
import Foundation
import Yams

/// Reads `dossier.yml` (docs/format.md, "dossier.yml"). Every problem is `config-invalid`: an
/// unknown top-level key must not pass silently, since a misspelt policy key
/// would quietly change what the check enforces.
struct ConfigurationReader {
    /// "(did you mean …?)" and where the rules are listed: the list itself
    /// is 35 ids long, too long for one error line.
    static func ruleHint(_ written: String) -> String {
        EditDistance.hint(for: written, among: RuleID.allCases.map(\.rawValue))
            + "; `dossier explain --list` lists the rules"
    }

    static let topLevelKeys = ["product", "document", "phases", "control_categories_not_applicable", "rules",
                               "risk_method", "dispositions", "sbom", "threat_model",
                               "architecture_views_not_applicable"]
    let sourceDateEpoch: String?
    let file = ProjectConfiguration.fileName

    func read(_ source: String) -> Parsed<ProjectConfiguration> {
        let mapping: Node.Mapping
        switch YAMLMapping.compose(Substring(source), firstLine: 1) {
        case .success(let value): mapping = value
        case .failure(.invalid(let line, let reason)):
            return .errors([.configInvalid(.configuration(line: line), reason: "\(file) cannot be read: \(reason)")])
        }
        var fields = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: file)
        var errors: [InputError] = []
        let product = readProduct(fields.mapping("product"), errors: &errors, fields: fields)
        let document = readDocument(fields.mapping("document"), errors: &errors, fields: fields)
        let phases = readPhases(&fields, errors: &errors)
        let notApplicable = readNotApplicable(fields.mapping("control_categories_not_applicable"), errors: &errors,
                                              fields: fields)
        let rules = readRules(fields.mapping("rules"), errors: &errors, fields: fields)
        let riskMethod = readRiskMethod(fields.mapping("risk_method"), errors: &errors)
        let dispositions = readDispositions(&fields, errors: &errors)
        let sbomFiles = fields.list("sbom").map { ListedFile(path: $0.value, line: $0.line) }
        let threatModel = readThreatModel(fields.mapping("threat_model"), phases: phases, errors: &errors)
        let notApplicableViews = readNotApplicableViews(fields.mapping("architecture_views_not_applicable"),
                                                        errors: &errors)
        for entry in fields.unknownKeys() {
            errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                         reason: "unknown key `\(entry.key)` in \(file)"
                                            + EditDistance.hint(for: entry.key, among: Self.topLevelKeys)
                                            + "; the keys are: " + Self.topLevelKeys.joined(separator: ", ")))
        }
        errors = fields.errors.map(Self.asConfigError) + errors
        guard errors.isEmpty, let product, let document else {
            return .errors(errors.sorted { $0.location < $1.location })
        }
        var configuration = ProjectConfiguration(product: product, document: document, phases: phases,
                                                 notApplicableCategories: notApplicable, ruleSettings: rules)
        configuration.riskMethod = riskMethod
        configuration.dispositions = dispositions
        configuration.sbomFiles = sbomFiles
        configuration.threatModel = threatModel
        configuration.notApplicableViews = notApplicableViews
        for entry in fields.entries { configuration.keyLines[entry.key] = entry.keyLine }
        // Document control's own keys too, as `document.status`: findings about it point there.
        if case .mapping(let mapping)? = fields.entry("document")?.value {
            for entry in FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "document").entries {
                configuration.keyLines["document.\(entry.key)"] = entry.keyLine
            }
        }
        return .value(configuration)
    }

    private func readProduct(_ mapping: Node.Mapping?, errors: inout [InputError], fields: FieldReader) -> ProductDescription? {
        guard let mapping else {
            errors.append(missing("product", line: fields.keyLine("product") ?? 1))
            return nil
        }
        var product = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "product")
        let name = product.text("name")
        let version = product.text("version")
        let description = ProductDescription(
            name: name ?? "", version: version ?? "", manufacturer: product.text("manufacturer"),
            intendedUse: product.text("intended_use"), safetyClass: product.text("safety_class"),
            deployment: product.text("deployment"))
        var result = description
        if let safetyClass = description.safetyClass, !["A", "B", "C"].contains(safetyClass) {
            product.fail(.invalidValue(.configuration(line: product.keyLine("safety_class") ?? 1),
                                       field: "product.safety_class", value: safetyClass,
                                       expected: "A, B or C (IEC 62304 software safety class)"))
        }
        result.extraFields = product.remainingFields()
        result.misspeltKeys = product.misspeltKeys()
        errors += product.errors.map(Self.asConfigError)
        let line = fields.keyLine("product") ?? 1
        if (name ?? "").isEmpty { errors.append(missing("product.name", line: line)) }
        if (version ?? "").isEmpty { errors.append(missing("product.version", line: line)) }
        return result
    }

    private func readDocument(_ mapping: Node.Mapping?, errors: inout [InputError], fields: FieldReader) -> DocumentControl? {
        guard let mapping else {
            errors.append(missing("document", line: fields.keyLine("document") ?? 1))
            return nil
        }
        var document = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "document")
        let id = document.text("id") ?? ""
        if id.isEmpty { errors.append(missing("document.id", line: fields.keyLine("document") ?? 1)) }
        let date = document.text("date")
        if let date, CalendarDate(date) == nil {
            errors.append(.configInvalid(.configuration(line: document.keyLine("date") ?? 1),
                                         reason: CalendarDate.monthLength(of: date) == nil
                                            && CalendarDate.missingMonth(in: date) == nil
                                            ? "`document.date` is '\(date)'; write it as YYYY-MM-DD, e.g. 2026-11-20"
                                            : "`document.date` '\(date)' \(CalendarDate.complaint(about: date))"))
        }
        var control = DocumentControl(id: id, title: document.text("title") ?? "Security Design Input Dossier",
                                      revision: document.text("revision"),
                                      date: date ?? DocumentDate.fromEpoch(sourceDateEpoch),
                                      status: document.choice("status", as: DocumentStatus.self) ?? .draft)
        control.approvals = readApprovals(&document, errors: &errors)
        control.history = readHistory(&document, errors: &errors)
        control.extraFields = document.remainingFields()
        control.misspeltKeys = document.misspeltKeys()
        errors += document.errors.map(Self.asConfigError)
        return control
    }

    private func readApprovals(_ document: inout FieldReader, errors: inout [InputError]) -> [Approval] {
        mappingList("approvals", in: &document, listName: "`document.approvals`", entryName: "approval",
                           shape: "{ role, name, date }", errors: &errors).compactMap { entry, line in
            var approval = entry
            let role = approval.text("role") ?? ""
            let name = approval.text("name") ?? ""
            let date = approval.text("date")
            errors += approval.errors.map(Self.asConfigError)
            if let date, CalendarDate(date) == nil {
                errors.append(.configInvalid(.configuration(line: approval.keyLine("date") ?? line),
                                             reason: "the approval date '\(date)' \(CalendarDate.complaint(about: date))"))
            }
            if role.isEmpty || name.isEmpty {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each approval needs a `role` and a `name`"))
            }
            return Approval(role: role, name: name, date: date)
        }
    }

    private func readPhases(_ fields: inout FieldReader, errors: inout [InputError]) -> [LifecyclePhase] {
        guard fields.contains("phases") else { return LifecyclePhase.standardPhases }
        let line = fields.keyLine("phases") ?? 1
        var phases: [LifecyclePhase] = []
        for entry in fields.list("phases") {
            if !ItemID.isValid(entry.value) {
                let parts = entry.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let list = parts.count > 1 && parts.allSatisfy(ItemID.isValid) ? "; " + ValueHint.list(parts) : ""
                errors.append(.configInvalid(.configuration(line: entry.line),
                                             reason: "phase '\(entry.value)' must be a single word of letters, digits, `-` or `_`"
                                                + list))
            } else if let meant = Self.standardPhase(meant: entry.value) {
                // Blamed here, once, rather than on every item that names the real phase.
                errors.append(.configInvalid(.configuration(line: entry.line),
                                             reason: "phase '\(entry.value)' is not one of the lifecycle phases of "
                                                + "IEC 81001-5-1 §5.2.1; did you mean '\(meant)'?"))
            } else if phases.contains(LifecyclePhase(entry.value)) {
                errors.append(.configInvalid(.configuration(line: entry.line), reason: "phase '\(entry.value)' is listed twice"))
            } else {
                phases.append(LifecyclePhase(entry.value))
            }
        }
        if phases.isEmpty && errors.isEmpty {
            errors.append(.configInvalid(.configuration(line: line), reason: "`phases` must list at least one lifecycle phase"))
        }
        return phases
    }

    /// The standard phase a project phase is a near miss of: one or two
    /// edits from it without being it (`decomissioning`). A phase of the
    /// project's own (`transport`) is far from all four.
    static func standardPhase(meant name: String) -> String? {
        let standard = LifecyclePhase.standardPhases.map(\.rawValue)
        guard !standard.contains(name) else { return nil }
        return EditDistance.closest(to: name.lowercased(), among: standard, within: 2)
    }

    private func readNotApplicable(_ mapping: Node.Mapping?, errors: inout [InputError],
                                   fields: FieldReader) -> [ControlCategory: String] {
        guard let mapping else { return [:] }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "control_categories_not_applicable")
        var result: [ControlCategory: String] = [:]
        for entry in reader.entries {
            guard let category = ControlCategory(rawValue: entry.key) else {
                errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                             reason: "`\(entry.key)` is not a control category; use one of: "
                                                + ControlCategory.allowedValues.joined(separator: ", ")))
                continue
            }
            let justification = reader.text(entry.key)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if justification.isEmpty {
                errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                             reason: "control category `\(entry.key)` is declared not applicable "
                                                + "without a justification; write why it does not apply"))
            } else {
                result[category] = justification
            }
        }
        errors += reader.errors.map(Self.asConfigError)
        return result
    }

    private func readRules(_ mapping: Node.Mapping?, errors: inout [InputError], fields: FieldReader) -> [RuleID: RuleSetting] {
        guard let mapping else { return [:] }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "rules")
        var result: [RuleID: RuleSetting] = [:]
        for entry in reader.entries {
            guard let rule = RuleID(rawValue: entry.key) else {
                errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                             reason: "`\(entry.key)` under `rules` is not a rule id"
                                                + Self.ruleHint(entry.key)))
                continue
            }
            if let setting = reader.choice(entry.key, as: RuleSetting.self) { result[rule] = setting }
        }
        errors += reader.errors.map(Self.asConfigError)
        return result
    }

    private func readRiskMethod(_ mapping: Node.Mapping?, errors: inout [InputError]) -> RiskMethod {
        guard let mapping else { return RiskMethod() }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "risk_method")
        var method = RiskMethod(name: reader.text("name"))
        if reader.contains("acceptable") {
            method.acceptable = reader.choices("acceptable", as: RiskLevel.self)
        }
        for entry in reader.unknownKeys() {
            errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                         reason: "unknown key `\(entry.key)` under `risk_method`; the keys are: "
                                            + "name, acceptable"))
        }
        errors += reader.errors.map { error in
            guard case .invalidValue(let location, "acceptable", let value, _) = error else { return Self.asConfigError(error) }
            return .configInvalid(location, reason: "`risk_method.acceptable` has the level '\(value)'; the levels are: "
                                    + RiskLevel.allowedValues.joined(separator: ", ")
                                    + ValueHint.hint(for: value, among: RiskLevel.allowedValues))
        }
        return method
    }

    private func missing(_ key: String, line: Int) -> InputError {
        .configInvalid(.configuration(line: line), reason: "\(file) has no `\(key)`, which is required")
    }

    /// Field errors in dossier.yml are reported as config-invalid, with the
    /// field reader's message kept.
    static func asConfigError(_ error: InputError) -> InputError {
        if case .configInvalid = error { return error }
        return .configInvalid(error.location, reason: error.message)
    }
}
