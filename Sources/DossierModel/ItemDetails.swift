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
    case component(ComponentDetails)
    case review(ReviewDetails)

    /// The details, whichever type they belong to.
    public var value: any ItemDetailsType {
        switch self {
        case .threat(let details): details
        case .securityRequirement(let details): details
        case .requirement(let details): details
        case .asset(let details): details
        case .hazard(let details): details
        case .verification(let details): details
        case .section(let details): details
        case .interface(let details): details
        case .labeling(let details): details
        case .component(let details): details
        case .review(let details): details
        }
    }

    public var component: ComponentDetails? { if case .component(let details) = self { details } else { nil } }

    /// The values of the type's own fields, by field name.
    /// Spelt out per type: through `value` the generic reading ran
    /// unspecialized, and cost more than rendering the rows it fed.
    public var contents: [(spec: FieldSpec, content: FieldContent)] {
        switch self {
        case .threat(let details): details.contents
        case .securityRequirement(let details): details.contents
        case .requirement(let details): details.contents
        case .asset(let details): details.contents
        case .hazard(let details): details.contents
        case .verification(let details): details.contents
        case .section(let details): details.contents
        case .interface(let details): details.contents
        case .labeling(let details): details.contents
        case .component(let details): details.contents
        case .review(let details): details.contents
        }
    }
}
