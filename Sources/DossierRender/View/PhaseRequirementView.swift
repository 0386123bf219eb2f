import DossierMustache

/// A security requirement of a phase with the threats it derives from.
struct PhaseRequirementView: Sendable {
    var requirement: ItemReferenceView
    var category: String
    var threats: [ItemReferenceView]
    var isChecklistDerived: Bool
    var acceptanceCriteria: String?
}

extension PhaseRequirementView: TemplateObject {
    func value(named name: String) -> TemplateValue {
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
