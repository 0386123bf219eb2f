import DossierLink
import DossierModel

/// The attack surface: interfaces in one column per exposure, farthest
/// reach (internet) on the left, each box naming its status in words and
/// drawn by it: protected solid, protection unfinished (not verified, or
/// by a draft) amber, unprotected thick red, not threat-modelled dashed,
/// unused dotted.
struct AttackSurfaceChart {
    struct Interface {
        var id: String
        var title: String
        var exposure: InterfaceExposure
        var status: InterfaceStatus
        /// A finding: not threat-modelled, or reachable remotely and unprotected.
        var isGap: Bool
    }

    var interfaces: [Interface]

    /// The order FDA Appendix 2 reviewers read an attack surface in: who can
    /// reach it from farthest away first.
    static let exposures: [InterfaceExposure] = [.internet, .network, .adjacent, .local, .physical]

    private static let column = (width: 196, gap: 10)
    private static let slot = 58
    private static let box = 50

    func interfaces(in exposure: InterfaceExposure) -> [Interface] { interfaces.filter { $0.exposure == exposure } }

    var svg: String {
        let tallest = Self.exposures.map { interfaces(in: $0).count }.max() ?? 0
        let width = Self.exposures.count * (Self.column.width + Self.column.gap)
        let height = 44 + max(1, tallest) * Self.slot + 4
        let gaps = interfaces.filter(\.isGap).count
        var drawing = SVGDrawing(
            width: width, height: height, title: "Attack surface: interfaces by exposure",
            summary: "\(CountText.phrase(interfaces.count, "interface", "interfaces")) grouped by exposure, each marked "
                + "protected, protection not verified, protected by a draft requirement, unprotected, "
                + "not threat-modelled or unused and unprotected; \(CountText.phrase(gaps, "gap", "gaps")).")
        for (index, exposure) in Self.exposures.enumerated() {
            let x = index * (Self.column.width + Self.column.gap)
            let members = interfaces(in: exposure)
            drawing.rect(x: x, y: 0, width: Self.column.width, height: height, fill: "#f6f7f9", stroke: "#d5dae3")
            drawing.text("\(exposure.rawValue.capitalized) (\(members.count))", x: x + Self.column.width / 2, y: 24,
                         anchor: .middle, size: 13, bold: true)
            for (row, interface) in members.enumerated() {
                let y = 40 + row * Self.slot
                let style = Self.style(interface.status, isGap: interface.isGap)
                drawing.rect(x: x + 8, y: y, width: Self.column.width - 16, height: Self.box, fill: style.fill,
                             stroke: style.stroke, strokeWidth: style.strokeWidth, outline: style.outline, rounded: true)
                drawing.text(SVGDrawing.clipped("\(interface.id) \(interface.title)", to: 28), x: x + 16, y: y + 19,
                             size: 11, bold: true)
                drawing.text(interface.isGap ? interface.status.title.uppercased() : interface.status.title,
                             x: x + 16, y: y + 38, size: 11, bold: interface.isGap,
                             fill: interface.isGap ? "#b42318" : SVGDrawing.ink)
            }
        }
        return drawing.svg
    }

    private static func style(_ status: InterfaceStatus, isGap: Bool)
        -> (fill: String, stroke: String, strokeWidth: Double, outline: SVGDrawing.Outline) {
        switch status {
        case .protected: ("#e7f5ec", "#1e7b45", 1, .solid)
        case .protectionNotVerified, .protectedByDraft: ("#fdf1d8", "#8a5a00", 2, .solid)
        case .unprotected: isGap ? ("#fdecea", "#b42318", 3, .solid) : ("#ffffff", "#5b6475", 1, .solid)
        case .notThreatModelled: ("#ffffff", "#b42318", 2, .dashed)
        case .unused: ("#ffffff", "#5b6475", 1, .dotted)
        }
    }
}
