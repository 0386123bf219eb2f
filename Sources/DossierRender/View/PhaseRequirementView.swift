import DossierMustache

/// A security requirement of a phase with the threats it derives from.
public struct PhaseRequirementView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var threats: [ItemReferenceView]
    public var isChecklistDerived: Bool
    public var acceptanceCriteria: String?
}

extension PhaseRequirementView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "requirement": TemplateValue(self.requirement)
        case "category": TemplateValue(self.category)
        case "threats": TemplateValue(self.threats)
        case "isChecklistDerived": TemplateValue(self.isChecklistDerived)
        case "acceptanceCriteria": TemplateValue(self.acceptanceCriteria)
        default: .null
        }
    }
}
