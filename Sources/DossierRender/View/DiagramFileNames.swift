import DossierModel
import DossierThreatModel

/// Where dossier.md finds the picture of each model diagram, beside it:
/// `views/<file-stem>-<n>.svg`, `<n>` counting the file's diagrams from 1.
/// When two listed files share a stem (`cloud.tm7`, `cloud.json`), the later
/// one's are `views/<file-stem>.<prefix>-<n>.svg`, so neither overwrites the other.
enum DiagramFileNames {
    /// Per model file in the listed order, per diagram: its path under the output folder.
    static func paths(of models: [ThreatModelDocument], settings: ThreatModelSettings) -> [[String]] {
        var stems: Set<String> = []
        return models.map { model in
            let name = model.path.split(separator: "/").last.map(String.init) ?? model.path
            var stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            if stem.isEmpty { stem = name }
            if !stems.insert(stem).inserted {
                let prefix = settings.files.first { $0.path == model.path }?.prefix ?? ThreatModelFile.defaultPrefix
                stem += ".\(prefix)"
            }
            return model.diagrams.indices.map { "views/\(stem)-\($0 + 1).svg" }
        }
    }
}
