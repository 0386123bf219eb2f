/// A front-matter field that links a derived item to its sources (docs/format.md, "Links").
/// Links are declared on the derived item; the trace graph computes the reverse.
public enum LinkField: String, CaseIterable, Hashable, Sendable, Codable {
    case assets, hazards, threats, refines, verifies
    case interfaces
    case requirements

    /// The item types a link in this field may point at.
    public var targetTypes: [ItemType] {
        switch self {
        case .assets: [.asset]
        case .hazards: [.hazard]
        case .threats: [.threat]
        case .refines: [.requirement]
        case .verifies: [.requirement, .securityRequirement]
        case .interfaces: [.interface]
        case .requirements: [.requirement, .securityRequirement]
        }
    }

    /// How the reverse link reads on the target's page: "mitigated by", "verified by".
    public var reverseTitle: String {
        switch self {
        case .assets: "Threatened by"
        case .hazards: "Linked from"
        case .threats: "Mitigated by"
        case .refines: "Secured by"
        case .verifies: "Verified by"
        case .interfaces: "Named by"
        case .requirements: "Instructed in"
        }
    }

    public var forwardTitle: String {
        switch self {
        case .assets: "Assets"
        case .hazards: "Hazards"
        case .threats: "Threats"
        case .refines: "Refines"
        case .verifies: "Verifies"
        case .interfaces: "Interfaces"
        case .requirements: "Controls it explains to the user"
        }
    }
}

/// One declared link: the field, the target id as written, and its line.
public struct ItemLink: Hashable, Sendable {
    public var field: LinkField
    public var target: String
    public var line: Int

    public init(field: LinkField, target: String, line: Int) {
        self.field = field
        self.target = target
        self.line = line
    }
}

extension LinkField {
    /// How the reverse link reads when `source` declares it: one field can
    /// mean different things by who links. A threat is mitigated by a
    /// security requirement, tested by a verification and disclosed in the
    /// instructions; a hazard is caused by threats and controlled by requirements.
    public func reverseTitle(from source: ItemType) -> String {
        switch (self, source) {
        case (.threats, .verification): "Tested by"
        case (.threats, .labeling): "Disclosed in"
        case (.hazards, .threat): "Threats leading to it"
        case (.hazards, .requirement), (.hazards, .securityRequirement): "Risk control requirements"
        case (.assets, .component): "Third-party software"
        case (.assets, .interface): "Reachable through"
        case (.interfaces, .threat): "Threats entering through it"
        case (.interfaces, .securityRequirement): "Protected by"
        case (.interfaces, .requirement): "Requirements about it"
        default: reverseTitle
        }
    }
}
