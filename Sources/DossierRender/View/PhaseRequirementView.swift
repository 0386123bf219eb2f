import Mustache

/// A security requirement of a phase with the threats it derives from.
public struct PhaseRequirementView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var threats: [ItemReferenceView]
    public var isChecklistDerived: Bool
    public var acceptanceCriteria: String?
}

extension PhaseRequirementView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "threats": self.threats
        case "isChecklistDerived": self.isChecklistDerived
        case "acceptanceCriteria": self.acceptanceCriteria
        default: nil
        }
    }
}
