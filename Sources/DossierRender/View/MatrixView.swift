import Mustache

public struct MatrixView: Sendable {
    public var phase: PhaseSummaryView
    public var rows: [MatrixRowView]
    public var hasRows: Bool
    public var requirements: [PhaseRequirementView]
    public var hasRequirements: Bool
}

extension MatrixView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "phase": self.phase
        case "rows": self.rows
        case "hasRows": self.hasRows
        case "requirements": self.requirements
        case "hasRequirements": self.hasRequirements
        default: nil
        }
    }
}
