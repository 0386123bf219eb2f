import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The load stage: finds every input file under the content folder and reads
/// it, refusing anything that resolves outside the folder.
public struct ContentLoader: Sendable {
    public var limits: LoadLimits

    public init(limits: LoadLimits = .standard) {
        self.limits = limits
    }

    /// Reads every input file under `folder`. Files in `unchanged` (the
    /// preview's files whose modification time has not moved since it read
    /// them) are taken as they are instead of read again.
    /// - Parameter keeping: what is kept of each Markdown file once read,
    ///   on the thread that read it (see `ParseAsRead`); the file itself
    ///   without it.
    public func load(from folder: URL, unchanged: [String: SourceFile] = [:],
                     keeping: (@Sendable (SourceFile) -> SourceFile)? = nil) -> ContentSources {
        if let problem = Self.problem(withFolder: folder) {
            // The folder as a whole is the place: there is no file to name.
            return ContentSources(root: folder, configuration: nil, documents: [], otherFiles: [:],
                                  errors: [.configInvalid(SourceLocation(file: ".", line: 1), reason: problem)])
        }
        guard let rootPath = FilePath.real(folder.path) else {
            return ContentSources(root: folder, configuration: nil, documents: [], otherFiles: [:],
                                  errors: [.configInvalid(SourceLocation(file: ".", line: 1),
                                                          reason: "content folder \(folder.path) cannot be read")])
        }
        let root = URL(fileURLWithPath: rootPath, isDirectory: true)
        var walk = ContentWalk(rootPath: rootPath)
        walk.visit(relativePath: "")

        var errors = walk.errors
        var readable = walk.files.filter { $0.hasSuffix(".md") || $0 == ProjectConfiguration.fileName }
        let markdownCount = readable.filter { $0 != ProjectConfiguration.fileName }.count
        if markdownCount > limits.maximumItems {
            errors.append(.unreadableFile(SourceLocation(file: ".", line: 1), reason: "the content folder holds "
                + "\(markdownCount) Markdown files, more than the limit of \(limits.maximumItems) (--max-items); "
                + "none was read"))
            readable = readable.filter { $0 == ProjectConfiguration.fileName }
        }
        let limits = self.limits
        let results = readable.parallelMap { path -> Result<SourceFile, SourceReader.Failure> in
            if let file = unchanged[path] { return .success(file) }
            let read = SourceReader(rootPath: rootPath, limits: limits).read(relativePath: path)
            guard let keeping, path != ProjectConfiguration.fileName else { return read }
            return read.map(keeping)
        }
        var documents: [SourceFile] = []
        var configuration: SourceFile?
        var undecodable: [SourceFile] = []
        for result in results {
            switch result {
            case .success(let file) where file.path == ProjectConfiguration.fileName:
                configuration = file
            case .success(let file):
                documents.append(file)
            case .failure(let failure):
                errors.append(failure.error)
                if let text = failure.lossyText, text.path != ProjectConfiguration.fileName { undecodable.append(text) }
            }
        }
        if configuration == nil, !errors.contains(where: { $0.location.file == ProjectConfiguration.fileName }) {
            errors.append(.configInvalid(SourceLocation.configuration(line: 1),
                                         reason: "\(ProjectConfiguration.fileName) is missing from \(folder.path); "
                                            + "every dossier needs one (run `dossier init` for an example)"))
        }
        var otherFiles: [String: ContentFile] = [:]
        for (path, size) in walk.otherFileSizes {
            otherFiles[path] = ContentFile(path: path, byteCount: size)
        }
        return ContentSources(root: root, configuration: configuration, documents: documents,
                              otherFiles: otherFiles, errors: errors, undecodable: undecodable)
    }

    /// dossier.yml alone, read as `load` reads it; nil when it cannot be.
    public func configuration(in folder: URL) -> SourceFile? {
        guard let rootPath = FilePath.real(folder.path),
              case .success(let file) = SourceReader(rootPath: rootPath, limits: limits)
                .read(relativePath: ProjectConfiguration.fileName) else { return nil }
        return file
    }

    /// Why `folder` cannot be a content folder, or nil: `check`, `build` and
    /// `serve` say the same at once.
    public static func problem(withFolder folder: URL) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            return "content folder \(folder.path) does not exist; name the folder of your design inputs with "
                + "--content, or start a project with `dossier init`"
        }
        guard isFolder.boolValue else {
            return "\(folder.path) is a file; --content takes the folder that holds dossier.yml"
        }
        return nil
    }
}
