/// The fields that belong to one item type. Each type's struct declares its
/// fields once (`ItemDetailsType.fields`), beside its stored properties.
public enum ItemDetails: Hashable, Sendable {
    case threat(ThreatDetails)
    case securityRequirement(SecurityRequirementDetails)
    case requirement(RequirementDetails)
    case asset(AssetDetails)
    case hazard(HazardDetails)
    case verification(VerificationDetails)
    case section(SectionDetails)
    case interface(InterfaceDetails)
    case labeling(LabelingDetails)

    /// The values of the type's own fields, by field name.
    public var contents: [(spec: FieldSpec, content: FieldContent)] {
        switch self {
        case .threat(let details): Self.contents(of: details)
        case .securityRequirement(let details): Self.contents(of: details)
        case .requirement(let details): Self.contents(of: details)
        case .asset(let details): Self.contents(of: details)
        case .hazard(let details): Self.contents(of: details)
        case .verification(let details): Self.contents(of: details)
        case .section(let details): Self.contents(of: details)
        case .interface(let details): Self.contents(of: details)
        case .labeling(let details): Self.contents(of: details)
        }
    }

    private static func contents<Details: ItemDetailsType>(of details: Details) -> [(spec: FieldSpec, content: FieldContent)] {
        Details.fields.compactMap { field in
            guard case .detail(let detail) = field else { return nil }
            return (detail.spec, detail.read(details))
        }
    }
}
