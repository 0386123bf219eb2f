import DossierLink
import DossierModel

/// Builds the attack surface chapter (FDA premarket guidance, Appendix 2):
/// each live interface with the live threats that name it and the live
/// security requirements that protect it.
struct AttackSurfaceViewBuilder {
    let items: ItemViewBuilder
    /// Whether to draw the picture; dossier.md shows the table alone.
    let drawsPictures: Bool
    var graph: TraceGraph { items.graph }

    func view() -> AttackSurfaceView {
        var rows: [InterfaceView] = []
        var boxes: [AttackSurfaceChart.Interface] = []
        var statuses: [InterfaceStatus] = []
        for position in graph.live(.interface) {
            let details = graph[position].interface ?? InterfaceDetails()
            let threats = graph.threats(through: position)
            let protectors = graph.protectors(of: position)
            let status = graph.interfaceStatus(of: position)
            let isGap = status.isGap(details)
            statuses.append(status)
            // Unprotected but reachable only locally or physically is no
            // finding (FDA Appendix 1 asks it of remote paths): say so, and
            // keep the badge neutral.
            let isLocalOnly = status == .unprotected && !isGap
            rows.append(InterfaceView(
                interface: items.reference(position), kind: details.kind?.rawValue ?? "—",
                exposure: details.exposure.rawValue, inUse: details.inUse ? "yes" : "no",
                protocol: details.protocol ?? "—", authentication: details.authentication ?? "—",
                encryption: details.encryption ?? "—", threats: items.references(threats),
                protectedBy: items.references(protectors), status: isLocalOnly ? "unprotected-local" : status.rawValue,
                statusText: isLocalOnly ? "unprotected (\(details.exposure.rawValue))" : status.title,
                isGap: isGap))
            boxes.append(.init(id: graph[position].id, title: graph[position].title, exposure: details.exposure,
                               status: status, isGap: isGap))
        }
        // The statuses of unfinished protection are named only when some
        // interface has one; the others always, so a zero says "none".
        let counts = InterfaceStatus.allCases.compactMap { status -> String? in
            let count = statuses.filter { $0 == status }.count
            let isNamedAlways = status != .protectionNotVerified && status != .protectedByDraft
            return count > 0 || isNamedAlways ? "\(count) \(status.title)" : nil
        }
        let gaps = rows.filter(\.isGap).count
        // The table's "In use: no" rows are counted by what protects them;
        // how many there are is said once, so no count seems to miss them.
        let notInUse = rows.filter { $0.inUse == "no" }.count
        let total = CountText.phrase(rows.count, "interface", "interfaces")
            + (notInUse == 0 ? "" : " (\(notInUse) not in use)")
        return AttackSurfaceView(
            interfaces: rows, hasInterfaces: !rows.isEmpty,
            summaryText: total + ": " + counts.joined(separator: ", "),
            gapsText: CountText.phrase(gaps, "gap", "gaps"), hasGaps: gaps > 0,
            picture: drawsPictures && !rows.isEmpty ? AttackSurfaceChart(interfaces: boxes).svg : "")
    }
}
