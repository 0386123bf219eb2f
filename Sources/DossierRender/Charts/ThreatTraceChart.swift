import DossierModel

/// One threat's trace, left to right: the threat, each lifecycle phase it
/// applies in, the security requirements that mitigate it there, and their
/// verifications with results. A gap is drawn as a dashed box that says
/// what is missing ("no security requirement in operation", "no
/// verification"), so it reads in black and white.
struct ThreatTraceChart {
    struct Verification {
        var id: String
        /// "passed", "failed", "not run".
        var result: String
        var isFailed: Bool
        /// Where the box leads: the item's page or anchor; none in tests.
        var href: String?
    }

    struct Requirement {
        var id: String
        var title: String
        var verifications: [Verification]
        var href: String?
    }

    struct Phase {
        /// The phase as written, e.g. `operation`.
        var name: String
        var title: String
        var requirements: [Requirement]
    }

    var id: String
    var title: String
    /// The treatment when it is not `mitigate`: such a threat needs no
    /// security requirement, so a phase without one is no gap.
    var decision: String?
    var phases: [Phase]

    private static let slot = 46
    private static let box = 36
    private static let columns = (threat: 10, phase: 230, requirement: 380, verification: 660)
    /// Ids and names are cut to what their box holds, so that none runs
    /// out of its box or off the page; the table below the picture has them whole.
    private static let widths = (threat: 190, phase: 120, requirement: 245, verification: 190)

    /// Rows a requirement takes: one per verification, at least one.
    private static func slots(_ requirement: Requirement) -> Int { max(1, requirement.verifications.count) }
    private static func slots(_ phase: Phase) -> Int { max(1, phase.requirements.map(slots).reduce(0, +)) }

    var gaps: Int {
        phases.map { phase in
            (phase.requirements.isEmpty && decision == nil ? 1 : 0)
                + phase.requirements.filter { $0.verifications.isEmpty }.count
        }.reduce(0, +)
    }

    var svg: String {
        let total = max(1, phases.map(Self.slots).reduce(0, +))
        let width = Self.columns.verification + Self.widths.verification + 10
        let height = 28 + total * Self.slot
        var drawing = SVGDrawing(
            width: width, height: height, title: "Trace of \(id) \(title)",
            summary: "\(id) → security requirements per lifecycle phase → verifications; "
                + "\(CountText.phrase(gaps, "gap", "gaps")) drawn dashed.")
        for (text, x) in [("Threat", Self.columns.threat), ("Phase", Self.columns.phase),
                          ("Security requirement", Self.columns.requirement), ("Verification", Self.columns.verification)] {
            drawing.text(text, x: x, y: 16, size: 11, bold: true, fill: "#5b6475")
        }
        let top = 26
        let threatY = top + (total * Self.slot - Self.box) / 2
        drawing.rect(x: Self.columns.threat, y: threatY, width: Self.widths.threat, height: Self.box, fill: "#eef2f8",
                     strokeWidth: 2, rounded: true)
        drawing.text(SVGDrawing.clipped(id, to: 22), x: Self.columns.threat + 8, y: threatY + 15, size: 12, bold: true)
        drawing.text(SVGDrawing.clipped(title, to: 28), x: Self.columns.threat + 8, y: threatY + 30, size: 11)
        let threatExit = (x: Self.columns.threat + Self.widths.threat, y: threatY + Self.box / 2)
        var slot = 0
        for phase in phases {
            let phaseTop = top + slot * Self.slot
            let phaseY = phaseTop + (Self.slots(phase) * Self.slot - Self.box) / 2
            drawing.line(from: threatExit, to: (Self.columns.phase, phaseY + Self.box / 2))
            drawing.rect(x: Self.columns.phase, y: phaseY, width: Self.widths.phase, height: Self.box, fill: "#f6f7f9")
            drawing.text(SVGDrawing.clipped(phase.title, to: 16), x: Self.columns.phase + Self.widths.phase / 2, y: phaseY + Self.box / 2 + 4,
                         anchor: .middle)
            let phaseExit = (x: Self.columns.phase + Self.widths.phase, y: phaseY + Self.box / 2)
            if phase.requirements.isEmpty {
                let y = phaseTop + (Self.slot - Self.box) / 2
                drawing.line(from: phaseExit, to: (Self.columns.requirement, y + Self.box / 2), outline: .dashed)
                if let decision {
                    drawing.rect(x: Self.columns.requirement, y: y, width: Self.widths.requirement, height: Self.box,
                                 fill: "#f6f7f9")
                    drawing.text("risk \(decision): none needed", x: Self.columns.requirement + 8, y: y + Self.box / 2 + 4,
                                 size: 11)
                } else {
                    drawing.rect(x: Self.columns.requirement, y: y, width: Self.widths.requirement, height: Self.box,
                                 fill: "#ffffff", stroke: "#b42318", strokeWidth: 2, outline: .dashed)
                    // Two lines: the longest phase name fits the box whole.
                    drawing.text("no security requirement", x: Self.columns.requirement + 8, y: y + 15, size: 11,
                                 bold: true, fill: "#b42318")
                    drawing.text("in \(SVGDrawing.clipped(phase.name, to: 36))", x: Self.columns.requirement + 8,
                                 y: y + 30, size: 11, bold: true, fill: "#b42318")
                }
                slot += 1
                continue
            }
            for requirement in phase.requirements {
                let requirementTop = top + slot * Self.slot
                let y = requirementTop + (Self.slots(requirement) * Self.slot - Self.box) / 2
                drawing.line(from: phaseExit, to: (Self.columns.requirement, y + Self.box / 2))
                drawing.link(to: requirement.href) { drawing in
                    drawing.rect(x: Self.columns.requirement, y: y, width: Self.widths.requirement, height: Self.box,
                                 fill: "#ffffff", rounded: true)
                    drawing.text(SVGDrawing.clipped(requirement.id, to: 28), x: Self.columns.requirement + 8, y: y + 15, bold: true)
                    drawing.text(SVGDrawing.clipped(requirement.title, to: 38), x: Self.columns.requirement + 8, y: y + 30,
                                 size: 11)
                }
                let requirementExit = (x: Self.columns.requirement + Self.widths.requirement, y: y + Self.box / 2)
                if requirement.verifications.isEmpty {
                    drawing.line(from: requirementExit, to: (Self.columns.verification, y + Self.box / 2), outline: .dashed)
                    drawing.rect(x: Self.columns.verification, y: y, width: Self.widths.verification, height: Self.box,
                                 fill: "#ffffff", stroke: "#b42318", strokeWidth: 2, outline: .dashed)
                    drawing.text("no verification", x: Self.columns.verification + 8, y: y + Self.box / 2 + 4, size: 11,
                                 bold: true, fill: "#b42318")
                }
                for (offset, verification) in requirement.verifications.enumerated() {
                    let verificationY = requirementTop + offset * Self.slot + (Self.slot - Self.box) / 2
                    drawing.line(from: requirementExit, to: (Self.columns.verification, verificationY + Self.box / 2))
                    drawing.link(to: verification.href) { drawing in
                        drawing.rect(x: Self.columns.verification, y: verificationY, width: Self.widths.verification,
                                     height: Self.box, fill: verification.isFailed ? "#fdecea" : "#ffffff",
                                     stroke: verification.isFailed ? "#b42318" : "#5b6475",
                                     strokeWidth: verification.isFailed ? 2 : 1, rounded: true)
                        drawing.text(SVGDrawing.clipped(verification.id, to: 22), x: Self.columns.verification + 8, y: verificationY + 15,
                                     bold: true)
                        drawing.text(verification.isFailed ? "FAILED" : verification.result,
                                     x: Self.columns.verification + 8, y: verificationY + 30, size: 11,
                                     bold: verification.isFailed, fill: verification.isFailed ? "#b42318" : SVGDrawing.ink)
                    }
                }
                slot += Self.slots(requirement)
            }
        }
        return drawing.svg
    }
}
