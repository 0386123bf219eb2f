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
            guard let comment = field.comment else { return "\(field.key): \(field.value)" }
            let entry = field.value.isEmpty ? "\(field.key):" : "\(field.key): \(field.value)"
            let padding = String(repeating: " ", count: max(1, 27 - entry.count))
            return entry + padding + "# " + comment
        }
        lines += ["---", body, ""]
        return lines.joined(separator: "\n")
    }

    private typealias Field = (key: String, value: String, comment: String?)

    private var fields: [Field] {
        switch type {
        case .threat:
            [
                ("phases", defaultPhases, "where it applies: " + phaseList),
                ("stride", "[]", Self.list(StrideCategory.self)),
                ("interfaces", "[]", "entry points the attack uses"),
                ("risk", "", "before controls: " + Self.list(RiskLevel.self)),
                ("residual_risk", "", "after controls: " + Self.list(RiskLevel.self)),
                ("safety_impact", "false", "true if it can harm a patient; then link a hazard"),
                ("treatment", "mitigate", Self.list(ThreatTreatment.self)),
                ("rationale", "", "required to accept or transfer the risk"),
                ("assets", "[]", "ids of the assets it threatens"),
                ("hazards", "[]", "ids of the hazards it can lead to (ISO 14971)"),
            ]
        case .securityRequirement:
            [
                ("phases", defaultPhases, "phases it covers: " + phaseList),
                ("category", "", Self.list(ControlCategory.self)),
                ("source", "threat-model", Self.list(RequirementSource.self)),
                ("threats", "[]", "ids of the threats it mitigates (IEC 81001-5-1 §5.2.1)"),
                ("refines", "[]", "ids of the software requirements it secures"),
                ("references", "[]", "e.g. IEC 81001-5-1 §5.2.1"),
                ("rationale", "", "why it controls the threats"),
            ]
        case .requirement:
            [
                ("category", "", Self.list(RequirementCategory.self)),
                ("phases", "[]", phaseList),
                ("security_relevant", "false", "true for a connection or data flow that needs securing"),
                ("hazards", "[]", "ids of the hazards it controls"),
            ]
        case .asset:
            [("properties", "[]", Self.list(SecurityProperty.self))]
        case .hazard:
            [
                ("harm", "", "the harm to the patient or user"),
                ("severity", "", Self.list(HarmSeverity.self)),
            ]
        case .verification:
            [
                ("method", "test", Self.list(VerificationMethod.self)),
                ("result", "not-run", Self.list(VerificationResult.self)),
                ("evidence", "", "path or URL of the report"),
                ("verifies", "[]", "ids of the requirements it verifies"),
            ]
        case .section:
            [("order", order == order.rounded() ? String(Int(order)) : String(order), "position among the chapters")]
        }
    }

    private var body: String {
        switch type {
        case .threat:
            "Describe the attack: who, through which interface, in which phase, and what it does to the assets."
        case .securityRequirement:
            "The system shall ...\n\nAcceptance: the measurable result that shows the requirement is met."
        case .requirement:
            "The system shall ...\n\nAcceptance: the measurable result that shows the requirement is met."
        case .asset:
            "What the asset is, where it is stored and sent, and why each property matters."
        case .hazard:
            "The hazardous situation and how it leads to the harm."
        case .verification:
            "Set-up, procedure and pass criteria."
        case .section:
            "Narrative text of the chapter."
        }
    }

    /// `[operation]` when the project has that phase, else its first one.
    private var defaultPhases: String {
        let phase = phases.contains(.operation) ? LifecyclePhase.operation : phases.first ?? .operation
        return "[\(phase.rawValue)]"
    }

    private var phaseList: String { phases.map(\.rawValue).joined(separator: ", ") }

    private static func list<Value: EnumeratedValue>(_ type: Value.Type) -> String {
        Value.allowedValues.joined(separator: ", ")
    }

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
