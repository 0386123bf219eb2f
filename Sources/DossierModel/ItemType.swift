/// The kinds of design input (docs/format.md, "Items"). Each is declared
/// by its details type (`detailsType`): its fields, titles, id series and
/// skeleton all live there.
public enum ItemType: String, CaseIterable, Sendable, Codable, Comparable {
    case threat
    case securityRequirement = "security-requirement"
    case requirement
    case asset
    case hazard
    case verification
    case section
    case interface
    case labeling
    case component
    case review

    /// The type's details, which declare everything the tool knows of it.
    public var detailsType: any ItemDetailsType.Type {
        switch self {
        case .threat: ThreatDetails.self
        case .securityRequirement: SecurityRequirementDetails.self
        case .requirement: RequirementDetails.self
        case .asset: AssetDetails.self
        case .hazard: HazardDetails.self
        case .verification: VerificationDetails.self
        case .section: SectionDetails.self
        case .interface: InterfaceDetails.self
        case .labeling: LabelingDetails.self
        case .component: ComponentDetails.self
        case .review: ReviewDetails.self
        }
    }

    public var declaration: ItemTypeDeclaration { detailsType.declaration }

    /// The heading a reader sees for items of this type.
    public var pluralTitle: String { declaration.pluralTitle }

    public var singularTitle: String { declaration.singularTitle }

    public static func < (lhs: ItemType, rhs: ItemType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
