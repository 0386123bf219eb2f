import DossierLink
import DossierModel

extension CoverageViewBuilder {
    /// Live security requirements counted by control category and phase.
    /// A row for requirements without a category shows only when there are some.
    func heatMap(drawsPicture: Bool) -> CountGridView {
        let phases = graph.phases
        var counts: [ControlCategory?: [Int]] = [:]
        for position in graph.live(.securityRequirement) {
            let item = graph[position]
            let category = item.securityRequirement?.category
            var row = counts[category] ?? Array(repeating: 0, count: phases.count)
            for (column, phase) in phases.enumerated() where item.phases.contains(phase) {
                row[column] += 1
            }
            counts[category] = row
        }
        let notApplicable = graph.configuration.notApplicableCategories
        var rows = ControlCategory.allCases.map { category in
            CoverageHeatMapChart.Row(title: category.title,
                                     counts: counts[category] ?? Array(repeating: 0, count: phases.count),
                                     isNotApplicable: notApplicable[category] != nil)
        }
        if let uncategorised = counts[nil] {
            rows.append(.init(title: "No control category", counts: uncategorised, isNotApplicable: false))
        }
        let chart = CoverageHeatMapChart(phases: phases.map(\.title), rows: rows)
        return CountGridView(
            picture: drawsPicture ? chart.svg : "", corner: "Control category",
            columns: phases.map(\.title),
            rows: rows.map { row in
                CountGridRowView(title: row.title,
                                 cells: row.counts.map { $0 > 0 ? String($0) : row.isNotApplicable ? "n/a" : "none" })
            })
    }
}
