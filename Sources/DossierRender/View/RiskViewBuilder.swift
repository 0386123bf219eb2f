import DossierLink
import DossierModel

/// Builds the risk assessment chapter from the live threats' scores and
/// `risk_method` (docs/format.md); where each threat stands is the graph's
/// `riskStanding(of:)`, as the rules decide it.
struct RiskViewBuilder {
    let items: ItemViewBuilder
    /// Whether to draw the matrix; dossier.md shows its table alone.
    let drawsPictures: Bool
    var graph: TraceGraph { items.graph }

    /// The live threats in the order the chapter lists them: by standing,
    /// what a reviewer must act on first; within each, the higher residual
    /// risk, then the higher initial risk, first.
    static func order(_ graph: TraceGraph) -> [Int] {
        let keyed = graph.live(.threat).enumerated().map { offset, position in
            let threat = graph[position].threat ?? ThreatDetails()
            return (position: position, offset: offset, standing: graph.riskStanding(of: position).rank,
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
        let standings = Self.order(graph).map { ($0, graph.riskStanding(of: $0)) }
        let rows = standings.map { position, standing in
            let threat = graph[position].threat ?? ThreatDetails()
            return RiskRowView(threat: items.reference(position), risk: threat.risk?.rawValue ?? "—",
                               residualRisk: threat.residualRisk?.rawValue ?? "—",
                               failedVerifications: items.references(standing.failedVerifications),
                               treatment: threat.treatment.rawValue,
                               rationale: threat.rationale, acceptability: standing.name,
                               acceptabilityText: standing.title)
        }
        let threats = graph.live(.threat).map { graph[$0].threat ?? ThreatDetails() }
        let chart = RiskMatrixChart(threats: threats, acceptable: method.acceptable)
        let levels = RiskLevel.allCases
        let grid = CountGridView(
            picture: drawsPictures ? chart.svg : "", corner: "Initial ↓ / residual →",
            columns: levels.map {
                "\($0.rawValue) (\(method.accepts($0) ? "acceptable" : "not acceptable without a rationale"))"
            },
            rows: levels.reversed().map { initial in
                CountGridRowView(title: initial.rawValue,
                                 cells: levels.map { String(chart.count(initial: initial, residual: $0)) })
            })
        return RiskAssessmentView(
            methodName: method.name, acceptableText: method.acceptable.map(\.rawValue).joined(separator: ", "),
            rows: rows, hasRows: !rows.isEmpty, outsideText: Self.outsideText(standings.map(\.1)), matrix: grid)
    }

    /// "6 threats outside the acceptable levels, 5 of them accepted with a
    /// rationale", and the contradicted ones when there are some.
    static func outsideText(_ standings: [RiskStanding]) -> String {
        let outside = standings.filter(\.isOutside).count
        let accepted = standings.filter { $0 == .acceptedWithRationale }.count
        var text = CountText.phrase(outside, "threat", "threats") + " outside the acceptable levels"
        if outside == 1 {
            text += accepted == 1 ? ", accepted with a rationale" : ", not accepted with a rationale"
        } else if outside > 1 {
            text += ", \(accepted) of them accepted with a rationale"
        }
        let contradicted = standings.filter { !$0.failedVerifications.isEmpty }.count
        if contradicted > 0 {
            text += "; " + CountText.phrase(contradicted, "threat", "threats") + " scored acceptable, but "
                + "contradicted by a failed verification"
        }
        return text
    }
}
