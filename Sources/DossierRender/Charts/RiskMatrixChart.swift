import DossierModel

/// The risk reduction matrix: live threats counted by initial risk (rows,
/// critical at the top) and residual risk (columns). Columns outside the
/// acceptable levels are tinted and hatched, so acceptability reads in
/// black and white as well as in colour.
struct RiskMatrixChart {
    /// `counts[initial][residual]`, both indexed in `RiskLevel.allCases` order.
    var counts: [[Int]]
    var acceptable: [RiskLevel]
    /// Threats left out because they lack a score before or after.
    var unscored: Int

    static let levels = RiskLevel.allCases

    init(counts: [[Int]], acceptable: [RiskLevel], unscored: Int) {
        self.counts = counts
        self.acceptable = acceptable
        self.unscored = unscored
    }

    /// Counts the scored threats among `threats`.
    init(threats: [ThreatDetails], acceptable: [RiskLevel]) {
        var counts = Array(repeating: Array(repeating: 0, count: Self.levels.count), count: Self.levels.count)
        var unscored = 0
        for threat in threats {
            guard let risk = threat.risk, let residual = threat.residualRisk else {
                unscored += 1
                continue
            }
            counts[Self.levels.firstIndex(of: risk)!][Self.levels.firstIndex(of: residual)!] += 1
        }
        self.init(counts: counts, acceptable: acceptable, unscored: unscored)
    }

    func count(initial: RiskLevel, residual: RiskLevel) -> Int {
        counts[Self.levels.firstIndex(of: initial)!][Self.levels.firstIndex(of: residual)!]
    }

    var scored: Int { counts.joined().reduce(0, +) }

    private static let labelWidth = 130
    private static let cell = (width: 110, height: 44)
    private static let top = 70

    var svg: String {
        let levels = Self.levels
        let width = Self.labelWidth + levels.count * Self.cell.width + 20
        let gridBottom = Self.top + levels.count * Self.cell.height
        let height = gridBottom + (unscored > 0 ? 58 : 34)
        let acceptableNames = acceptable.map(\.rawValue).joined(separator: ", ")
        var drawing = SVGDrawing(
            width: width, height: height, title: "Risk reduction matrix",
            summary: "\(CountText.phrase(scored, "scored threat", "scored threats")) by initial risk (rows) and residual "
                + "risk (columns); acceptable residual levels: \(acceptableNames).")
        drawing.raw("<defs><pattern id=\"risk-matrix-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b42318\" "
            + "stroke-width=\"1.5\" stroke-opacity=\"0.35\"/></pattern></defs>")
        drawing.text("Residual risk →", x: Self.labelWidth + levels.count * Self.cell.width / 2, y: 18, anchor: .middle,
                     bold: true)
        drawing.text("Initial risk ↓", x: 8, y: 58, bold: true)
        for (column, residual) in levels.enumerated() {
            let x = Self.labelWidth + column * Self.cell.width + Self.cell.width / 2
            let accepted = acceptable.contains(residual)
            drawing.text(residual.title, x: x, y: 36, anchor: .middle, bold: true)
            // The acceptable levels are those that need no rationale; the
            // others may still be accepted with one, so they say so.
            drawing.text(accepted ? "acceptable" : "not acceptable", x: x, y: 50, anchor: .middle, size: 10,
                         fill: "#5b6475")
            if !accepted {
                drawing.text("without a rationale", x: x, y: 62, anchor: .middle, size: 10, fill: "#5b6475")
            }
        }
        for (row, initial) in levels.reversed().enumerated() {
            let y = Self.top + row * Self.cell.height
            drawing.text(initial.title, x: Self.labelWidth - 10, y: y + Self.cell.height / 2 + 4, anchor: .end, bold: true)
            for (column, residual) in levels.enumerated() {
                let x = Self.labelWidth + column * Self.cell.width
                let accepted = acceptable.contains(residual)
                drawing.rect(x: x, y: y, width: Self.cell.width, height: Self.cell.height,
                             fill: accepted ? "#e7f5ec" : "#fdecea")
                if !accepted {
                    drawing.rect(x: x, y: y, width: Self.cell.width, height: Self.cell.height,
                                 fill: "url(#risk-matrix-hatch)")
                }
                let count = count(initial: initial, residual: residual)
                drawing.text(count == 0 ? "·" : String(count), x: x + Self.cell.width / 2, y: y + Self.cell.height / 2 + 6,
                             anchor: .middle, size: count == 0 ? 14 : 18, bold: count > 0,
                             fill: count == 0 ? "#5b6475" : SVGDrawing.ink)
            }
        }
        let legend = gridBottom + 22
        drawing.rect(x: Self.labelWidth, y: legend - 12, width: 16, height: 16, fill: "#e7f5ec")
        drawing.text("acceptable residual risk", x: Self.labelWidth + 22, y: legend + 1, size: 11)
        drawing.rect(x: Self.labelWidth + 190, y: legend - 12, width: 16, height: 16, fill: "#fdecea")
        drawing.rect(x: Self.labelWidth + 190, y: legend - 12, width: 16, height: 16, fill: "url(#risk-matrix-hatch)")
        drawing.text("not acceptable without a rationale", x: Self.labelWidth + 212, y: legend + 1, size: 11)
        if unscored > 0 {
            drawing.text("Not in the matrix: \(CountText.phrase(unscored, "threat", "threats")) without both scores.",
                         x: Self.labelWidth, y: legend + 26, size: 11, fill: "#5b6475")
        }
        return drawing.svg
    }
}
