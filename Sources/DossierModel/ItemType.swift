/// The kinds of design input (docs/format.md, "Items").
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

    /// The heading a reader sees for items of this type.
    public var pluralTitle: String {
        switch self {
        case .threat: "Threats"
        case .securityRequirement: "Security requirements"
        case .requirement: "Software requirements"
        case .asset: "Assets"
        case .hazard: "Hazards"
        case .verification: "Verifications"
        case .section: "Narrative sections"
        case .interface: "Interfaces"
        case .labeling: "Accompanying documentation"
        }
    }

    public var singularTitle: String {
        switch self {
        case .threat: "Threat"
        case .securityRequirement: "Security requirement"
        case .requirement: "Software requirement"
        case .asset: "Asset"
        case .hazard: "Hazard"
        case .verification: "Verification"
        case .section: "Section"
        case .interface: "Interface"
        case .labeling: "Labeling"
        }
    }

    public static func < (lhs: ItemType, rhs: ItemType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
