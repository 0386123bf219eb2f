import DossierMustache

public struct MatrixView: Sendable {
    public var phase: PhaseSummaryView
    public var rows: [MatrixRowView]
    public var hasRows: Bool
    public var requirements: [PhaseRequirementView]
    public var hasRequirements: Bool
}

extension MatrixView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
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
