import DossierLink
import DossierModel

/// Builds the risk assessment chapter from the live threats' scores and
/// `risk_method` (docs/format.md).
struct RiskViewBuilder {
    let items: ItemViewBuilder
    /// Whether to draw the matrix; dossier.md shows its table alone.
    let drawsPictures: Bool
    var graph: TraceGraph { items.graph }

    /// Where a threat sorts: outside the acceptable levels first (a reviewer
    /// reads those first), then unscored, then acceptable; within each, the
    /// higher residual risk, then the higher initial risk, first.
    enum Standing: Int, Comparable {
        case outside, unscored, acceptable

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static func standing(_ threat: ThreatDetails, method: RiskMethod) -> Standing {
        guard let residual = threat.residualRisk else { return .unscored }
        return method.accepts(residual) ? .acceptable : .outside
    }

    /// The live threats in the order the chapter lists them.
    static func order(_ graph: TraceGraph) -> [Int] {
        let method = graph.configuration.riskMethod
        let keyed = graph.live(.threat).enumerated().map { offset, position in
            let threat = graph[position].threat ?? ThreatDetails()
            return (position: position, offset: offset, standing: standing(threat, method: method),
                    residual: threat.residualRisk, risk: threat.risk)
        }
        return keyed.sorted { lhs, rhs in
            if lhs.standing != rhs.standing { return lhs.standing < rhs.standing }
            if lhs.residual != rhs.residual { return Self.rank(lhs.residual) > Self.rank(rhs.residual) }
            if lhs.risk != rhs.risk { return Self.rank(lhs.risk) > Self.rank(rhs.risk) }
            return lhs.offset < rhs.offset
        }.map(\.position)
    }

    private static func rank(_ level: RiskLevel?) -> Int { level.map { RiskLevel.allCases.firstIndex(of: $0)! + 1 } ?? 0 }

    func view() -> RiskAssessmentView {
        let method = graph.configuration.riskMethod
        let rows = Self.order(graph).map { position in
            let threat = graph[position].threat ?? ThreatDetails()
            let standing = Self.standing(threat, method: method)
            let hasRationale = threat.rationale != nil
            let acceptability: (String, String) = switch standing {
            case .acceptable: ("acceptable", "acceptable")
            case .unscored: ("not-scored", "not scored")
            case .outside where hasRationale: ("justified", "above the acceptable level; accepted with rationale")
            case .outside: ("not-acceptable", "not acceptable")
            }
            return RiskRowView(threat: items.reference(position), risk: threat.risk?.rawValue ?? "—",
                               residualRisk: threat.residualRisk?.rawValue ?? "—", treatment: threat.treatment.rawValue,
                               rationale: threat.rationale, acceptability: acceptability.0,
                               acceptabilityText: acceptability.1)
        }
        let threats = graph.live(.threat).map { graph[$0].threat ?? ThreatDetails() }
        let chart = RiskMatrixChart(threats: threats, acceptable: method.acceptable)
        let levels = RiskLevel.allCases
        let grid = CountGridView(
            picture: drawsPictures ? chart.svg : "", corner: "Initial ↓ / residual →",
            columns: levels.map { method.accepts($0) ? "\($0.rawValue) (acceptable)" : $0.rawValue },
            rows: levels.reversed().map { initial in
                CountGridRowView(title: initial.rawValue,
                                 cells: levels.map { String(chart.count(initial: initial, residual: $0)) })
            })
        let outside = rows.filter { $0.acceptability == "not-acceptable" || $0.acceptability == "justified" }.count
        return RiskAssessmentView(
            methodName: method.name, acceptableText: method.acceptable.map(\.rawValue).joined(separator: ", "),
            rows: rows, hasRows: !rows.isEmpty,
            outsideText: CountText.phrase(outside, "threat", "threats") + " outside the acceptable levels", matrix: grid)
    }
}
