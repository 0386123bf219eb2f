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
    public var fields: [FieldSpec] {
        switch self {
        case .threat: ThreatDetails.fields.map(\.spec)
        case .securityRequirement: SecurityRequirementDetails.fields.map(\.spec)
        case .requirement: RequirementDetails.fields.map(\.spec)
        case .asset: AssetDetails.fields.map(\.spec)
        case .hazard: HazardDetails.fields.map(\.spec)
        case .verification: VerificationDetails.fields.map(\.spec)
        case .section: SectionDetails.fields.map(\.spec)
        case .interface: InterfaceDetails.fields.map(\.spec)
        case .labeling: LabelingDetails.fields.map(\.spec)
        }
    }

    /// Every field an item of this type knows: the common ones, then its own.
    public var allFields: [FieldSpec] { Self.commonFields + fields }

    /// The phases field of the type, if it has one.
    public var phasesField: FieldSpec? { fields.first { $0.kind == .phases } }

    /// The link fields the type declares, in its order.
    public var linkFields: [LinkField] {
        fields.compactMap { if case .link(let field) = $0.kind { field } else { nil } }
    }
}
