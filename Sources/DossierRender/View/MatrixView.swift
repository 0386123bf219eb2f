import DossierMustache

struct MatrixView: Sendable {
    var phase: PhaseSummaryView
    var rows: [MatrixRowView]
    var hasRows: Bool
    var requirements: [PhaseRequirementView]
    var hasRequirements: Bool
}

extension MatrixView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "phase": TemplateValue(self.phase)
        case "rows": TemplateValue(self.rows)
        case "hasRows": TemplateValue(self.hasRows)
        case "requirements": TemplateValue(self.requirements)
        case "hasRequirements": TemplateValue(self.hasRequirements)
        default: .null
        }
    }
}
