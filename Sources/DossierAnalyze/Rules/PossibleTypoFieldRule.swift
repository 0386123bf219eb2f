import DossierLink
import DossierModel

/// An unknown field is kept and shown, but one that is a slip of the fingers
/// away from a field the type knows was almost certainly meant as that
/// field: `threat:` for `threats:` silently drops the link and turns into a
/// misleading "links to no threat". The same holds for a key under
/// `product` or `document` in dossier.yml (`intended-use`).
public struct PossibleTypoFieldRule: ItemRule {
    public let documentation = RuleDocumentation(
        .possibleTypoField, .minor, clause: "IEC 62304 §5.2.6; ISO 13485 §7.3.3",
        summary: "An unknown field is spelt almost like a field the item's type knows, or an unknown key under "
            + "`product` or `document` in dossier.yml like a key the tool reads.",
        rationale: "Teams add their own fields, so an unknown field is kept, not rejected. But a misspelt "
            + "link or policy field is read as a team field and its value is lost: a trace link that looks "
            + "present in the file is missing from the dossier.",
        remedy: "Rename the field to the one the tool knows, or give the team field a name that is not so "
            + "close to a known one.",
        failing: """
            id: SR-031
            type: security-requirement
            title: Portal sessions expire after 15 minutes without activity
            phases: [operation]
            threat: [TH-004]       # did you mean threats?
            """,
        passing: """
            id: SR-031
            type: security-requirement
            title: Portal sessions expire after 15 minutes without activity
            phases: [operation]
            threats: [TH-004]
            owner: Platform team   # a team field two edits from `order`: not a typo
            """)

    public init() {}

    public func applies(to item: Item) -> Bool { item.isLive && !item.extraFields.isEmpty }

    public func violations(of item: Item) -> [RuleViolation] {
        let present = Set(item.fieldLines.keys)
        let candidates = item.type.allFields.map(\.name).filter { !present.contains($0) }
        return item.extraFields.compactMap { field in
            guard let meant = EditDistance.fieldName(meantBy: field.name, among: candidates) else { return nil }
            return RuleViolation(
                subject: item.id, location: SourceLocation(file: item.location.file, line: field.line),
                message: "\(item.id) has a field `\(field.name)` that no \(item.type.rawValue) knows; did you "
                    + "mean `\(meant)`? It is kept as a team field, so its value is not read (\(clause))",
                remedy: "rename it to `\(meant)`, or give the team field another name")
        }
    }

    public func configurationViolations(in configuration: ProjectConfiguration) -> [RuleViolation] {
        [("product", configuration.product.misspeltKeys), ("document", configuration.document.misspeltKeys)]
            .flatMap { section, keys in
                keys.map { key in
                    RuleViolation(
                        subject: "\(section).\(key.written)", location: .configuration(line: key.line),
                        message: "\(ProjectConfiguration.fileName) has a key `\(key.written)` under `\(section)` that "
                            + "the tool does not read; did you mean `\(key.meant)`? It is kept as a team key, so its "
                            + "value is not read (\(clause))",
                        remedy: "rename it to `\(key.meant)`, or give the team key another name")
                }
            }
    }
}
