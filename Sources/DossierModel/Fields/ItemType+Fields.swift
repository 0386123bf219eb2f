extension ItemType {
    /// The fields every item has.
    public static let commonFields: [FieldSpec] = [
        FieldSpec("id", .identifier, label: "Id", help: "Unique across the project, e.g. TH-007 or SR-AUTH-3.",
                  required: true),
        FieldSpec("type", .choice(ItemType.allCases.map(\.rawValue)), label: "Type", help: "The kind of design input.",
                  required: true),
        FieldSpec("title", .text, label: "Title", help: "One line.", required: true),
        FieldSpec("status", .choice(ItemStatus.allowedValues), label: "Status",
                  help: "Review state. Obsolete items count for nothing.", defaultValue: ItemStatus.draft.rawValue),
        FieldSpec("tags", .texts, label: "Tags", help: "Free labels."),
    ]

    /// The type's own fields, in the order authors meet them, links last.
    public var fields: [FieldSpec] { Self.fieldSets[self]!.fields }

    /// What the getters below answer, worked out once per type: they are
    /// asked for every field of every item, and each answer built anew was
    /// a twelfth of a build's instructions.
    private struct FieldSet {
        let fields: [FieldSpec]
        let allFields: [FieldSpec]
        let phasesField: FieldSpec?
        let linkFields: [LinkField]

        init(_ fields: [FieldSpec]) {
            self.fields = fields
            allFields = ItemType.commonFields + fields
            phasesField = fields.first { $0.kind == .phases }
            linkFields = fields.compactMap { if case .link(let field) = $0.kind { field } else { nil } }
        }
    }

    private static let fieldSets: [ItemType: FieldSet] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0, FieldSet($0.detailsType.fieldSpecs)) })

    /// How a link that an item of this type declares in `field` reads on
    /// the target's page ("Mitigated by"), as the type declares it.
    public func reverseTitle(of field: LinkField) -> String {
        Self.reverseTitles[self]?[field] ?? field.forwardTitle
    }

    private static let reverseTitles: [ItemType: [LinkField: String]] = Dictionary(
        uniqueKeysWithValues: allCases.map { type in
            (type, Dictionary(uniqueKeysWithValues: type.fields.compactMap { spec -> (LinkField, String)? in
                guard case .link(let field) = spec.kind, let reverse = spec.reverseLabel else { return nil }
                return (field, reverse)
            }))
        })

    /// Every field an item of this type knows: the common ones, then its own.
    public var allFields: [FieldSpec] { Self.fieldSets[self]!.allFields }

    /// The phases field of the type, if it has one.
    public var phasesField: FieldSpec? { Self.fieldSets[self]!.phasesField }

    /// The link fields the type declares, in its order.
    public var linkFields: [LinkField] { Self.fieldSets[self]!.linkFields }
}
