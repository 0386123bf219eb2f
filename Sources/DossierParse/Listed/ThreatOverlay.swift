import DossierModel

/// Overlays (docs/format.md, "Overlays"): a Markdown threat whose id is an
/// imported threat's adds what the tool cannot hold — phases, links,
/// residual risk, safety impact — and its body follows the model's text.
/// What the tool decides stays the tool's.
enum ThreatOverlay {
    /// Fields the model file owns; an overlay that sets one is `invalid-value`.
    static let ownedByTheModel = ["title", "stride", "risk", "treatment", "rationale"]

    /// Replaces the overlays in `project` by the imported threats they
    /// complete, and reports pending threats that turned out to be no overlay.
    static func merge(_ imported: [Item], into project: inout ParsedProject) {
        let importedIDs = Set(imported.map(\.id))
        var candidates: [Item] = []
        var kept: [Item] = []
        for item in project.items {
            if item.type == .threat && importedIDs.contains(item.id) { candidates.append(item) } else { kept.append(item) }
        }
        for pending in project.pendingOverlays {
            if importedIDs.contains(pending.item.id) {
                candidates.append(pending.item)
            } else {
                project.errors += pending.errors
                project.brokenItems.append(BrokenItem(id: pending.item.id, type: .threat, file: pending.item.location.file))
            }
        }
        project.pendingOverlays = []
        // The first overlay in path order is the one; a second is left as
        // an item of that id, which the link stage reports as `duplicate-id`.
        candidates.sort { ByteOrder.precedes($0.location.file, $1.location.file) }
        var overlays: [String: Item] = [:]
        for candidate in candidates {
            if overlays[candidate.id] == nil { overlays[candidate.id] = candidate } else { kept.append(candidate) }
        }
        var merged: [Item] = []
        var applied: Set<String> = []
        for threat in imported {
            // Two imported threats of one id: the overlay completes the first.
            guard let overlay = overlays[threat.id], applied.insert(threat.id).inserted else {
                merged.append(threat)
                continue
            }
            merged.append(apply(overlay, to: threat, errors: &project.errors))
        }
        project.items = mergeInPathOrder(kept, merged)
    }

    static func apply(_ overlay: Item, to threat: Item, errors: inout [InputError]) -> Item {
        let file = threat.origin?.file ?? threat.location.file
        let overlayDetails = overlay.threat ?? ThreatDetails()
        for field in ownedByTheModel {
            guard let line = overlay.fieldLines[field] else { continue }
            errors.append(.invalidValue(SourceLocation(file: overlay.location.file, line: line), field: field,
                                        value: writtenValue(of: field, in: overlay, details: overlayDetails),
                                        expected: "no `\(field)` in an overlay: \(threat.id) takes its \(field) from "
                                            + "\(file); change it there"))
        }
        var result = threat
        var details = threat.threat ?? ThreatDetails()
        details.residualRisk = overlayDetails.residualRisk
        details.safetyImpact = overlayDetails.safetyImpact
        details.cvss = overlayDetails.cvss
        details.vulnerabilities = overlayDetails.vulnerabilities
        details.sources = overlayDetails.sources
        result.details = .threat(details)
        if overlay.fieldLines["phases"] != nil, !overlay.phases.isEmpty { result.phases = overlay.phases }
        if overlay.fieldLines["status"] != nil { result.status = overlay.status }
        result.tags = overlay.tags
        result.links = overlay.links
        result.extraFields = overlay.extraFields
        result.body = overlay.body
        result.location = overlay.location
        result.fieldLines = overlay.fieldLines
        result.origin?.overlay = overlay.location.file
        return result
    }

    private static func writtenValue(of field: String, in overlay: Item, details: ThreatDetails) -> String {
        switch field {
        case "title": overlay.title
        case "stride": details.stride.map(\.rawValue).joined(separator: ", ")
        case "risk": details.risk?.rawValue ?? ""
        case "treatment": details.treatment.rawValue
        default: details.rationale ?? ""
        }
    }

    /// Both lists are in path order; imported threats of one file keep the file's order.
    private static func mergeInPathOrder(_ items: [Item], _ imported: [Item]) -> [Item] {
        var result: [Item] = []
        result.reserveCapacity(items.count + imported.count)
        var (i, j) = (0, 0)
        let sortedImported = imported.enumerated().sorted {
            ByteOrder.precedes($0.element.location.file, $1.element.location.file)
                || ($0.element.location.file == $1.element.location.file && $0.offset < $1.offset)
        }.map(\.element)
        while i < items.count || j < sortedImported.count {
            if j == sortedImported.count
                || (i < items.count && !ByteOrder.precedes(sortedImported[j].location.file, items[i].location.file)) {
                result.append(items[i])
                i += 1
            } else {
                result.append(sortedImported[j])
                j += 1
            }
        }
        return result
    }
}
