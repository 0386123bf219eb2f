import DossierModel
import DossierThreatModel

/// How a section's `diagrams` value finds its diagram: `file#diagram name`,
/// the file as listed under `threat_model.files`, the name compared like an
/// interface's title (case folded, white space collapsed). Resolved after
/// every file is read, like any link.
struct DiagramNames {
    /// The files as listed, with the decoded model of each that could be read.
    private let listed: [(path: String, model: Int?)]
    private let models: [ThreatModelDocument]

    init(listed: [ThreatModelFile], models: [ThreatModelDocument]) {
        self.models = models
        self.listed = listed.map { file in (file.path, models.firstIndex { $0.path == file.path }) }
    }

    /// The diagrams a section names, each once, in the order named; an
    /// error for each value that names none.
    func resolve(_ item: Item, errors: inout [InputError]) -> [DiagramReference] {
        guard let section = item.section else { return [] }
        var resolved: [DiagramReference] = []
        for (index, value) in section.diagrams.enumerated() {
            let line = index < section.diagramLines.count ? section.diagramLines[index] : item.location(of: "diagrams").line
            let location = SourceLocation(file: item.location.file, line: line)
            switch lookUp(value) {
            case .found(let reference):
                if !resolved.contains(reference) { resolved.append(reference) }
            case .unreadable:
                // The model file has its own error: one cause, one error.
                continue
            case .dangling(let detail):
                errors.append(.danglingReference(location, from: item.id, target: value,
                                                 detail: "listed under `diagrams`, " + detail))
            case .ambiguous(let path, let name):
                errors.append(.invalidValue(location, field: "diagrams", value: value,
                                            expected: "the name of one diagram, but \(path) has several named “\(name)”; "
                                                + "rename one of them in the tool"))
            }
        }
        return resolved
    }

    private enum Outcome {
        case found(DiagramReference)
        case unreadable
        case dangling(String)
        case ambiguous(path: String, name: String)
    }

    private func lookUp(_ value: String) -> Outcome {
        // The longest listed path the value starts with: a diagram's name may hold `#`, and so may a path.
        let match = listed.filter { value.hasPrefix($0.path + "#") }.max { $0.path.count < $1.path.count }
            ?? value.firstIndex(of: "#").flatMap { hash in
                let path = ContentPath.resolve(String(value[..<hash]), from: ProjectConfiguration.fileName)
                return listed.first { ContentPath.resolve($0.path, from: ProjectConfiguration.fileName) == path }
            }
        guard let match else { return .dangling(unlistedDetail(value)) }
        guard let modelIndex = match.model else { return .unreadable }
        let name = String(value.dropFirst(value.hasPrefix(match.path + "#") ? match.path.count + 1
                                                                               : value.distance(to: "#") + 1))
        let diagrams = models[modelIndex].diagrams
        let folded = InterfaceNames.fold(name)
        let found = diagrams.indices.filter { InterfaceNames.fold(diagrams[$0].name) == folded }
        if found.count > 1 { return .ambiguous(path: match.path, name: diagrams[found[0]].name) }
        if let diagram = found.first { return .found(DiagramReference(model: modelIndex, diagram: diagram)) }
        return .dangling("but \(match.path) has no diagram named “\(name)”" + suggestion(for: folded, among: diagrams))
    }

    /// Why a value names no listed file.
    private func unlistedDetail(_ value: String) -> String {
        let paths = listed.map(\.path)
        guard let hash = value.firstIndex(of: "#") else {
            return "which does not say its file: write `file#diagram name`, the file as listed under "
                + "`threat_model.files`" + (paths.isEmpty ? "" : " (" + paths.joined(separator: ", ") + ")")
        }
        let path = String(value[..<hash])
        guard !paths.isEmpty else {
            return "but \(path) is not listed under `threat_model.files` in dossier.yml, which lists no model file"
        }
        return "but \(path) is not listed under `threat_model.files` in dossier.yml"
            + (EditDistance.closest(to: path, among: paths, within: 3).map { "; did you mean \($0)?" }
                ?? "; it lists " + paths.joined(separator: ", "))
    }

    /// "; did you mean “Cloud and portal”?" for a name close to one of the
    /// file's diagrams, else the names there are.
    private func suggestion(for folded: String, among diagrams: [ModelDiagram]) -> String {
        let names = diagrams.map(\.name)
        guard !names.isEmpty else { return "; it has no diagram" }
        var byFolded: [String: String] = [:]
        for name in names where byFolded[InterfaceNames.fold(name)] == nil { byFolded[InterfaceNames.fold(name)] = name }
        let allowed = max(2, folded.count / 4)
        if let close = EditDistance.closest(to: folded, among: byFolded.keys.sorted(by: ByteOrder.precedes), within: allowed) {
            return "; did you mean “\(byFolded[close]!)”?"
        }
        return "; its diagrams are " + names.map { "“\($0)”" }.joined(separator: ", ")
    }
}

private extension String {
    /// The offset of the first `character`, or the length when there is none.
    func distance(to character: Character) -> Int {
        firstIndex(of: character).map { self.distance(from: startIndex, to: $0) } ?? count
    }
}
