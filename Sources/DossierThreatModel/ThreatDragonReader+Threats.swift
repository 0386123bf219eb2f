extension ThreatDragonReader {
    /// Every threat of every cell, in cell order.
    static func diagramThreats(_ cells: [LocatedJSON], diagram: ModelDiagram, modelType: String?) -> [ModelThreat] {
        var names: [String: String] = [:]
        for cell in cells { if let id = cell["id"]?.text { names[id] = name(cell) } }
        var threats: [ModelThreat] = []
        for cell in cells {
            let carrier = cell["id"]?.text
            let isFlow = cell["data"]?["type"]?.text == "tm.Flow" || cell["shape"]?.text == "flow"
            for entry in cell["data"]?["threats"]?.array ?? [] where entry.isObject {
                var threat = threat(entry, modelType: modelType)
                threat.diagramName = diagram.name
                threat.diagramID = diagram.id
                threat.carrierID = carrier
                if isFlow {
                    threat.interaction = name(cell).isEmpty ? nil : name(cell)
                    threat.sourceName = cell["source"]?["cell"]?.text.flatMap { names[$0] }
                    threat.targetName = cell["target"]?["cell"]?.text.flatMap { names[$0] }
                } else {
                    threat.targetName = carrier.flatMap { names[$0] }
                }
                threats.append(threat)
            }
        }
        return threats
    }

    /// One entry of `data.threats`. Its `modelType` says which method its
    /// `type` belongs to; a threat without one takes its diagram's type.
    private static func threat(_ entry: LocatedJSON, modelType: String?) -> ModelThreat {
        let (state, label) = ThreatVocabulary.threatDragonState(entry["status"]?.text)
        let category = entry["type"]?.nonBlankText
        let isStride = (entry["modelType"]?.text ?? modelType)?.uppercased() == "STRIDE"
        let mitigation = entry["mitigation"]?.nonBlankText
        let key = entry["number"]?.nonBlankText ?? entry["id"]?.text.map { String($0.prefix(8)) } ?? ""
        return ModelThreat(
            key: key,
            title: entry["title"]?.text ?? "",
            category: category,
            stride: isStride ? ThreatVocabulary.stride(category) : nil,
            risk: ThreatVocabulary.risk(entry["severity"]?.text, allowingCritical: true),
            state: state, stateLabel: label,
            justification: state == .notTriaged || state == .mitigated ? nil : mitigation,
            description: entry["description"]?.nonBlankText,
            mitigations: mitigation,
            line: entry.line ?? 1)
    }
}
