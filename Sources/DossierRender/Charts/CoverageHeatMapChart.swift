import DossierModel

/// The coverage heat map: security requirements counted by control
/// category (rows, FDA premarket guidance Appendix 1) and lifecycle phase
/// (columns). Each cell prints its count and gets darker with it; an empty
/// cell is dashed and says "none" (or "n/a" for a category the project
/// declared not applicable), so it reads without colour. It is grey, not
/// red: a category may have nothing to do in a phase, and only one with no
/// security requirement in any phase is a finding.
struct CoverageHeatMapChart {
    struct Row {
        var title: String
        /// One count per phase, in `phases` order.
        var counts: [Int]
        var isNotApplicable: Bool
    }

    var phases: [String]
    var rows: [Row]

    private static let labelWidth = 250
    private static let cell = (width: 112, height: 30)
    private static let top = 34

    static func fill(for count: Int) -> (fill: String, text: String) {
        switch count {
        case 0: ("#ffffff", "#5b6475")
        case 1: ("#dbe7f6", SVGDrawing.ink)
        case 2: ("#a9c6ea", SVGDrawing.ink)
        default: ("#4f7fc0", "#ffffff")
        }
    }

    var emptyCells: Int { rows.filter { !$0.isNotApplicable }.map { $0.counts.filter { $0 == 0 }.count }.reduce(0, +) }

    var svg: String {
        let width = Self.labelWidth + phases.count * Self.cell.width + 10
        let height = Self.top + rows.count * Self.cell.height + 12
        var drawing = SVGDrawing(
            width: width, height: height, title: "Coverage heat map: security requirements by control category and phase",
            summary: "Security requirements per control category (rows) and lifecycle phase (columns); "
                + "\(CountText.phrase(emptyCells, "empty cell", "empty cells")) marked none.")
        for (column, phase) in phases.enumerated() {
            // Cut to the cell: a long phase name ran into the next column's.
            drawing.text(SVGDrawing.clipped(phase, to: 15), x: Self.labelWidth + column * Self.cell.width + Self.cell.width / 2,
                         y: 22, anchor: .middle, bold: true)
        }
        for (index, row) in rows.enumerated() {
            let y = Self.top + index * Self.cell.height
            drawing.text(SVGDrawing.clipped(row.title, to: 38), x: Self.labelWidth - 10, y: y + Self.cell.height / 2 + 4,
                         anchor: .end)
            for (column, count) in row.counts.enumerated() {
                let x = Self.labelWidth + column * Self.cell.width
                let style = Self.fill(for: count)
                let isEmpty = count == 0
                drawing.rect(x: x + 2, y: y + 2, width: Self.cell.width - 4, height: Self.cell.height - 4, fill: style.fill,
                             stroke: isEmpty ? "#5b6475" : "#ffffff",
                             outline: isEmpty ? .dashed : .solid)
                let label = isEmpty ? (row.isNotApplicable ? "n/a" : "none") : String(count)
                drawing.text(label, x: x + Self.cell.width / 2, y: y + Self.cell.height / 2 + 5, anchor: .middle,
                             size: isEmpty ? 11 : 13, bold: !isEmpty, fill: style.text)
            }
        }
        return drawing.svg
    }
}
