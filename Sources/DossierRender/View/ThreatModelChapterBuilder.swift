import DossierLink
import DossierModel
import DossierThreatModel
import Foundation

/// Prepares the "Threat model" chapter from the configuration, the model
/// files and the imported threats.
struct ThreatModelChapterBuilder {
    let items: ItemViewBuilder

    var graph: TraceGraph { items.graph }

    func view() -> ThreatModelChapterView {
        let settings = graph.configuration.threatModel
        let methodology = settings.methodology?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        // Imported threats in the files' order, then natural id order within a file.
        let imported = graph.items.indices.filter { graph[$0].origin != nil }
        let byFile = Dictionary(grouping: imported) { graph[$0].origin!.file }
        let digests = Dictionary(graph.listedFiles.map { ($0.path, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let files = graph.threatModels.map { document -> ThreatModelFileView in
            let prefix = settings.files.first { $0.path == document.path }?.prefix ?? ThreatModelFile.defaultPrefix
            return ThreatModelFileView(path: document.path, format: document.format.displayName,
                                       version: document.version ?? "not stated", sha256: digests[document.path] ?? "",
                                       prefix: prefix, countsText: Self.counts(of: byFile[document.path] ?? [], in: graph))
        }
        let threats = graph.threatModels.flatMap { document in
            (byFile[document.path] ?? []).sorted { NaturalOrder.precedes(graph[$0].id, graph[$1].id) }.map(threat)
        }
        // dossier.md links the pictures, written beside it, instead of holding them.
        let figures = DiagramFigureBuilder(items: items, drawsPictures: items.bodyFormat != .commonMark).allFigures()
        return ThreatModelChapterView(
            methodology: methodology, hasMethodology: !methodology.isEmpty,
            reviewed: settings.reviewed ?? "not recorded", files: files, hasFiles: !files.isEmpty,
            threats: threats, hasThreats: !threats.isEmpty,
            summaryText: Self.counts(of: imported, in: graph, noun: ("imported threat", "imported threats")),
            figures: figures, hasFigures: !figures.isEmpty)
    }

    private func threat(_ position: Int) -> ImportedThreatView {
        let item = graph[position]
        let origin = item.origin!
        let requirements = graph.mitigations(of: position)
        return ImportedThreatView(
            threat: items.reference(position),
            category: origin.category ?? item.threat?.stride.map(\.rawValue).joined(separator: ", ") ?? "",
            risk: item.threat?.risk?.rawValue ?? "not scored", state: origin.stateLabel,
            stateClass: Self.stateClass(of: origin, requirements: requirements),
            justification: origin.justification ?? "", hasJustification: origin.justification != nil, place: origin.placeDescription ?? "",
            requirements: items.references(requirements), hasRequirements: !requirements.isEmpty, file: origin.file)
    }

    /// Whether a threat still asks something of the design: open (not
    /// triaged, or mitigated with nothing tracing to it), covered, or dismissed.
    static func stateClass(of origin: ImportedOrigin, requirements: [Int]) -> String {
        switch origin.state {
        case .notTriaged: "open"
        case .mitigated: requirements.isEmpty ? "open" : "covered"
        case .notApplicable: origin.justification == nil ? "open" : "dismissed"
        case .decided: "covered"
        }
    }

    /// "12 threats: 8 Mitigated, 2 Not Applicable, 2 Not Started", states in the order first met.
    static func counts(of positions: [Int], in graph: TraceGraph,
                       noun: (String, String) = ("threat", "threats")) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        // In the order the file has them: an overlay moves its threat in the item list.
        let inFileOrder = positions.sorted {
            (graph[$0].origin?.line ?? 0, $0) < (graph[$1].origin?.line ?? 0, $1)
        }
        for position in inFileOrder {
            let label = graph[position].origin?.stateLabel ?? ""
            if counts[label] == nil { order.append(label) }
            counts[label, default: 0] += 1
        }
        let total = CountText.phrase(positions.count, noun.0, noun.1)
        guard !order.isEmpty else { return total }
        return total + ": " + order.map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
    }
}
