import DossierLoad
import DossierModel
import DossierThreatModel

/// The threat-model files of `threat_model.files` (docs/format.md, "Threat
/// model files"): each threat of each file becomes a threat item, with what
/// an overlay adds.
public struct ThreatModelInput: ListedInput {
    public let key = "threat_model"
    public let noun = "threat model file"
    public let expected = "a Microsoft Threat Modeling Tool (.tm7) or OWASP Threat Dragon 2.x (.json) file"

    public init() {}

    public func files(in configuration: ProjectConfiguration) -> [ListedFile] {
        configuration.threatModel.files.map(\.listed)
    }

    public func add(_ files: [ListedFileLoader.File], to project: inout ParsedProject) {
        var imported: [Item] = []
        if let configuration = project.configuration {
            let entries = Dictionary(configuration.threatModel.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
            for file in files {
                guard let entry = entries[file.path] else { continue }
                do {
                    let document = try ThreatModelReader.read(file.contents, path: file.path)
                    project.threatModels.append(document)
                    imported += document.threats.map {
                        ImportedThreat.item($0, of: document, prefix: entry.prefix,
                                            phases: entry.phases ?? configuration.phases)
                    }
                } catch {
                    project.errors.append(.unreadableFile(SourceLocation(file: file.path, line: 1),
                                                          reason: "the threat model file \(file.path) is \(error.reason)"))
                }
            }
        }
        let read = Set(project.threatModels.map(\.path))
        project.unreadableModelPrefixes = project.configuration?.threatModel.files
            .filter { !read.contains($0.path) }.map(\.prefix) ?? []
        ThreatOverlay.merge(imported, into: &project)
    }
}
