/// A front-matter field that links a derived item to its sources (docs/format.md, "Links").
/// Links are declared on the derived item; the trace graph computes the reverse.
public enum LinkField: String, CaseIterable, Hashable, Sendable, Codable {
    case assets, hazards, threats, refines, verifies
    case interfaces
    case requirements
    case items, components

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
        case .items: ItemType.allCases
        case .components: [.component]
        }
    }

    /// How the link reads on the deriving item's page; how it reads on the
    /// target's is declared by each type that links (`ItemType.reverseTitle(of:)`).
    public var forwardTitle: String {
        switch self {
        case .assets: "Assets"
        case .hazards: "Hazards"
        case .threats: "Threats"
        case .refines: "Refines"
        case .verifies: "Verifies"
        case .interfaces: "Interfaces"
        case .requirements: "Controls it explains to the user"
        case .items: "Items reviewed"
        case .components: "Software it speaks of"
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
